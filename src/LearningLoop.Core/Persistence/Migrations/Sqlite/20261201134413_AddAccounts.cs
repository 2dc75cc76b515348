using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorUserId",
                table: "InterviewNotes",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeactivatedUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSignInUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PreviousSignInUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccountChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountChanges_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountChanges_OrganisationId_UserId_AtUtc",
                table: "AccountChanges",
                columns: new[] { "OrganisationId", "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountChanges_PersonId",
                table: "AccountChanges",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountChanges");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "AuthorUserId",
                table: "InterviewNotes");

            migrationBuilder.DropColumn(
                name: "DeactivatedUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastSignInUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PreviousSignInUtc",
                table: "AspNetUsers");
        }
    }
}
