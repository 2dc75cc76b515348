using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchAndWaveTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Waves",
                type: "jsonb",
                nullable: true);

            // Search everything (decision 0031): a generated tsvector per searched table with a GIN index, so the index
            // follows every write and existing rows at once. The 'simple' configuration (no stemming, no stop words: names
            // and prefixes as typed) over text whose common Latin diacritics are folded by translate(), which is immutable
            // and built in (unaccent is an extension a hospital's database may not allow). Weights rank the name or title
            // first; a person's e-mail has weight D, so a search may leave it out (tsquery 'word:*A'), and is cut into its words
            // as FTS5 cuts it (PostgreSQL's parser would keep an address as one token). The columns are not
            // in the EF model: only SiteSearch's SQL reads them.
            migrationBuilder.Sql("""
                ALTER TABLE "Initiatives" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', translate(lower(coalesce("Title", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'A') ||
                    setweight(to_tsvector('simple', translate(lower(coalesce("AimStatement", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'B') ||
                    setweight(to_tsvector('simple', translate(lower(coalesce("Problem", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'C')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Initiatives_SearchVector" ON "Initiatives" USING GIN ("SearchVector");""");
            migrationBuilder.Sql("""
                ALTER TABLE "Measures" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', translate(lower(coalesce("Name", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'A') ||
                    setweight(to_tsvector('simple', translate(lower(coalesce("OperationalDefinition", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'C') ||
                    setweight(to_tsvector('simple', translate(lower(coalesce("ValueLabel", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'C')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Measures_SearchVector" ON "Measures" USING GIN ("SearchVector");""");
            migrationBuilder.Sql("""
                ALTER TABLE "Units" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', translate(lower(coalesce("Name", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'A')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Units_SearchVector" ON "Units" USING GIN ("SearchVector");""");
            migrationBuilder.Sql("""
                ALTER TABLE "People" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', translate(lower(coalesce("Name", '')), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ', 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy')), 'A') ||
                    setweight(to_tsvector('simple', translate(lower(coalesce("Email", '')), '.@_-+', '     ')), 'D')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_People_SearchVector" ON "People" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Initiatives_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Initiatives" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Measures_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Measures" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Units_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Units" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_People_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "People" DROP COLUMN IF EXISTS "SearchVector";""");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Waves");
        }
    }
}
