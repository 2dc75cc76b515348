using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyAnonymity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KioskFormsHandedOut",
                table: "Waves",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "KioskMarginPercent",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10); // existing organisations get the default margin (KioskAllowance.DefaultMarginPercent)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KioskFormsHandedOut",
                table: "Waves");

            migrationBuilder.DropColumn(
                name: "KioskMarginPercent",
                table: "Organisations");
        }
    }
}
