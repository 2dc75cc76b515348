using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "KioskMarginPercent",
                table: "Organisations",
                type: "integer",
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
