using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeasureRuleSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MeasureRuleSet",
                table: "Organisations",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Anhoj");

            migrationBuilder.AddColumn<string>(
                name: "RuleSet",
                table: "Measures",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Anhoj");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MeasureRuleSet",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "RuleSet",
                table: "Measures");
        }
    }
}
