using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCapability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CapabilityActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapabilityActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapabilityActions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CapabilityActions_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CapabilityActions_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CapabilityActionInitiatives",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CapabilityActionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapabilityActionInitiatives", x => new { x.CapabilityActionId, x.InitiativeId });
                    table.ForeignKey(
                        name: "FK_CapabilityActionInitiatives_CapabilityActions_CapabilityActionId",
                        column: x => x.CapabilityActionId,
                        principalTable: "CapabilityActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CapabilityActionInitiatives_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CapabilityActionMeasures",
                columns: table => new
                {
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    CapabilityActionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapabilityActionMeasures", x => new { x.CapabilityActionId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_CapabilityActionMeasures_CapabilityActions_CapabilityActionId",
                        column: x => x.CapabilityActionId,
                        principalTable: "CapabilityActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CapabilityActionMeasures_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityActionInitiatives_InitiativeId",
                table: "CapabilityActionInitiatives",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityActionMeasures_MeasureId",
                table: "CapabilityActionMeasures",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityActions_OrganisationId_Status",
                table: "CapabilityActions",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityActions_OwnerId",
                table: "CapabilityActions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityActions_WaveId",
                table: "CapabilityActions",
                column: "WaveId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CapabilityActionInitiatives");

            migrationBuilder.DropTable(
                name: "CapabilityActionMeasures");

            migrationBuilder.DropTable(
                name: "CapabilityActions");
        }
    }
}
