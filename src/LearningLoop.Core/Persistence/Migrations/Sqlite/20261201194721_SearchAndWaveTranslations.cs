using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            // Search everything (decision 0031): an FTS5 index per searched table over the table itself ("external
            // content", nothing copied), kept in step by triggers so that every write path (pages, API, imports, the demo,
            // raw SQL) updates it. No stemming, diacritics folded, prefix indexes for the words a person is still typing.
            // Lessons keep their own index (LessonSearch, AddImprovement). A later migration that rebuilds one of these
            // tables (EF does so on SQLite for some column changes) drops its triggers and must create them again.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "InitiativeSearch" USING fts5(
                    "Title", "AimStatement", "Problem", content='Initiatives', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Initiatives_site_search_insert" AFTER INSERT ON "Initiatives" BEGIN
                    INSERT INTO "InitiativeSearch"(rowid, "Title", "AimStatement", "Problem") VALUES (new."Id", new."Title", new."AimStatement", new."Problem");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Initiatives_site_search_delete" AFTER DELETE ON "Initiatives" BEGIN
                    INSERT INTO "InitiativeSearch"("InitiativeSearch", rowid, "Title", "AimStatement", "Problem") VALUES ('delete', old."Id", old."Title", old."AimStatement", old."Problem");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Initiatives_site_search_update" AFTER UPDATE ON "Initiatives" BEGIN
                    INSERT INTO "InitiativeSearch"("InitiativeSearch", rowid, "Title", "AimStatement", "Problem") VALUES ('delete', old."Id", old."Title", old."AimStatement", old."Problem");
                    INSERT INTO "InitiativeSearch"(rowid, "Title", "AimStatement", "Problem") VALUES (new."Id", new."Title", new."AimStatement", new."Problem");
                END;
                """);
            // Rows written before this migration are indexed now.
            migrationBuilder.Sql("""INSERT INTO "InitiativeSearch"("InitiativeSearch") VALUES ('rebuild');""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "MeasureSearch" USING fts5(
                    "Name", "OperationalDefinition", "ValueLabel", content='Measures', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Measures_site_search_insert" AFTER INSERT ON "Measures" BEGIN
                    INSERT INTO "MeasureSearch"(rowid, "Name", "OperationalDefinition", "ValueLabel") VALUES (new."Id", new."Name", new."OperationalDefinition", new."ValueLabel");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Measures_site_search_delete" AFTER DELETE ON "Measures" BEGIN
                    INSERT INTO "MeasureSearch"("MeasureSearch", rowid, "Name", "OperationalDefinition", "ValueLabel") VALUES ('delete', old."Id", old."Name", old."OperationalDefinition", old."ValueLabel");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Measures_site_search_update" AFTER UPDATE ON "Measures" BEGIN
                    INSERT INTO "MeasureSearch"("MeasureSearch", rowid, "Name", "OperationalDefinition", "ValueLabel") VALUES ('delete', old."Id", old."Name", old."OperationalDefinition", old."ValueLabel");
                    INSERT INTO "MeasureSearch"(rowid, "Name", "OperationalDefinition", "ValueLabel") VALUES (new."Id", new."Name", new."OperationalDefinition", new."ValueLabel");
                END;
                """);
            // Rows written before this migration are indexed now.
            migrationBuilder.Sql("""INSERT INTO "MeasureSearch"("MeasureSearch") VALUES ('rebuild');""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "UnitSearch" USING fts5(
                    "Name", content='Units', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Units_site_search_insert" AFTER INSERT ON "Units" BEGIN
                    INSERT INTO "UnitSearch"(rowid, "Name") VALUES (new."Id", new."Name");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Units_site_search_delete" AFTER DELETE ON "Units" BEGIN
                    INSERT INTO "UnitSearch"("UnitSearch", rowid, "Name") VALUES ('delete', old."Id", old."Name");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Units_site_search_update" AFTER UPDATE ON "Units" BEGIN
                    INSERT INTO "UnitSearch"("UnitSearch", rowid, "Name") VALUES ('delete', old."Id", old."Name");
                    INSERT INTO "UnitSearch"(rowid, "Name") VALUES (new."Id", new."Name");
                END;
                """);
            // Rows written before this migration are indexed now.
            migrationBuilder.Sql("""INSERT INTO "UnitSearch"("UnitSearch") VALUES ('rebuild');""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "PersonSearch" USING fts5(
                    "Name", "Email", content='People', content_rowid='Id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "People_site_search_insert" AFTER INSERT ON "People" BEGIN
                    INSERT INTO "PersonSearch"(rowid, "Name", "Email") VALUES (new."Id", new."Name", new."Email");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "People_site_search_delete" AFTER DELETE ON "People" BEGIN
                    INSERT INTO "PersonSearch"("PersonSearch", rowid, "Name", "Email") VALUES ('delete', old."Id", old."Name", old."Email");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "People_site_search_update" AFTER UPDATE ON "People" BEGIN
                    INSERT INTO "PersonSearch"("PersonSearch", rowid, "Name", "Email") VALUES ('delete', old."Id", old."Name", old."Email");
                    INSERT INTO "PersonSearch"(rowid, "Name", "Email") VALUES (new."Id", new."Name", new."Email");
                END;
                """);
            // Rows written before this migration are indexed now.
            migrationBuilder.Sql("""INSERT INTO "PersonSearch"("PersonSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Initiatives_site_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Initiatives_site_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Initiatives_site_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "InitiativeSearch";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Measures_site_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Measures_site_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Measures_site_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "MeasureSearch";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Units_site_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Units_site_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Units_site_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "UnitSearch";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "People_site_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "People_site_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "People_site_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "PersonSearch";""");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Waves");
        }
    }
}
