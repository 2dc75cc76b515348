using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddImprovement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AimStatement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AimMeasureId = table.Column<int>(type: "INTEGER", nullable: true),
                    AimBaseline = table.Column<double>(type: "REAL", nullable: true),
                    AimTarget = table.Column<double>(type: "REAL", nullable: true),
                    AimDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SponsorId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadId = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatives_Measures_AimMeasureId",
                        column: x => x.AimMeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Initiatives_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Initiatives_People_LeadId",
                        column: x => x.LeadId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Initiatives_People_SponsorId",
                        column: x => x.SponsorId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Adoptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Adaptation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adoptions_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Adoptions_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Adoptions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Drivers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Drivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Drivers_Drivers_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Drivers_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeAnnotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureAnnotationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeAnnotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiativeAnnotations_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeAnnotations_MeasureAnnotations_MeasureAnnotationId",
                        column: x => x.MeasureAnnotationId,
                        principalTable: "MeasureAnnotations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeMeasures",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeMeasures", x => new { x.InitiativeId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_InitiativeMeasures_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeMeasures_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeUnits",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeUnits", x => new { x.InitiativeId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_InitiativeUnits_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Interventions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ParticipantCount = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventions_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Interventions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Interventions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "InterviewNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    InterviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IntervieweeRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Interviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Quotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Themes = table.Column<int>(type: "INTEGER", nullable: false),
                    Domains = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewNotes_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InterviewNotes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterviewNotes_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Lessons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Links = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lessons_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Lessons_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lessons_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TeamMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamMembers_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TeamMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChangeIdeas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DriverId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeIdeas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeIdeas_Drivers_DriverId",
                        column: x => x.DriverId,
                        principalTable: "Drivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChangeIdeas_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PdsaCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangeIdeaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Prediction = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Where = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DataToCollect = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Observations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MeasurePhaseId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PdsaCycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PdsaCycles_ChangeIdeas_ChangeIdeaId",
                        column: x => x.ChangeIdeaId,
                        principalTable: "ChangeIdeas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PdsaCycles_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PdsaCycles_MeasurePhases_MeasurePhaseId",
                        column: x => x.MeasurePhaseId,
                        principalTable: "MeasurePhases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PdsaCycles_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_FromUnitId",
                table: "Adoptions",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_InitiativeId_AdoptedOn",
                table: "Adoptions",
                columns: new[] { "InitiativeId", "AdoptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_UnitId",
                table: "Adoptions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeIdeas_DriverId",
                table: "ChangeIdeas",
                column: "DriverId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeIdeas_InitiativeId",
                table: "ChangeIdeas",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Drivers_InitiativeId",
                table: "Drivers",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Drivers_ParentId",
                table: "Drivers",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeAnnotations_InitiativeId",
                table: "InitiativeAnnotations",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeAnnotations_MeasureAnnotationId",
                table: "InitiativeAnnotations",
                column: "MeasureAnnotationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeMeasures_MeasureId",
                table: "InitiativeMeasures",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_AimMeasureId",
                table: "Initiatives",
                column: "AimMeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_LeadId",
                table: "Initiatives",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_OrganisationId_Phase",
                table: "Initiatives",
                columns: new[] { "OrganisationId", "Phase" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_SponsorId",
                table: "Initiatives",
                column: "SponsorId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeUnits_UnitId",
                table: "InitiativeUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_InitiativeId",
                table: "Interventions",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_OrganisationId_StartsOn",
                table: "Interventions",
                columns: new[] { "OrganisationId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_UnitId",
                table: "Interventions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewNotes_InitiativeId",
                table: "InterviewNotes",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewNotes_OrganisationId_InterviewedOn",
                table: "InterviewNotes",
                columns: new[] { "OrganisationId", "InterviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewNotes_UnitId",
                table: "InterviewNotes",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_InitiativeId",
                table: "Lessons",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_OrganisationId_RecordedOn",
                table: "Lessons",
                columns: new[] { "OrganisationId", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_UnitId",
                table: "Lessons",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PdsaCycles_ChangeIdeaId_Number",
                table: "PdsaCycles",
                columns: new[] { "ChangeIdeaId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PdsaCycles_InitiativeId_StartsOn",
                table: "PdsaCycles",
                columns: new[] { "InitiativeId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PdsaCycles_MeasureId",
                table: "PdsaCycles",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_PdsaCycles_MeasurePhaseId",
                table: "PdsaCycles",
                column: "MeasurePhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_InitiativeId_PersonId",
                table: "TeamMembers",
                columns: new[] { "InitiativeId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_PersonId",
                table: "TeamMembers",
                column: "PersonId");

            // Full-text search over lessons (decision 0006): an FTS5 index over the Lessons table ("external content"),
            // kept in step by triggers. A later migration that rebuilds the Lessons table (EF does so on SQLite for some
            // column changes) drops these triggers and must create them again.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "LessonSearch" USING fts5(
                    "Title", "Body", "Tags", content='Lessons', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Lessons_search_insert" AFTER INSERT ON "Lessons" BEGIN
                    INSERT INTO "LessonSearch"(rowid, "Title", "Body", "Tags") VALUES (new."Id", new."Title", new."Body", new."Tags");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Lessons_search_delete" AFTER DELETE ON "Lessons" BEGIN
                    INSERT INTO "LessonSearch"("LessonSearch", rowid, "Title", "Body", "Tags") VALUES ('delete', old."Id", old."Title", old."Body", old."Tags");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Lessons_search_update" AFTER UPDATE ON "Lessons" BEGIN
                    INSERT INTO "LessonSearch"("LessonSearch", rowid, "Title", "Body", "Tags") VALUES ('delete', old."Id", old."Title", old."Body", old."Tags");
                    INSERT INTO "LessonSearch"(rowid, "Title", "Body", "Tags") VALUES (new."Id", new."Title", new."Body", new."Tags");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Lessons_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Lessons_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Lessons_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "LessonSearch";""");

            migrationBuilder.DropTable(
                name: "Adoptions");

            migrationBuilder.DropTable(
                name: "InitiativeAnnotations");

            migrationBuilder.DropTable(
                name: "InitiativeMeasures");

            migrationBuilder.DropTable(
                name: "InitiativeUnits");

            migrationBuilder.DropTable(
                name: "Interventions");

            migrationBuilder.DropTable(
                name: "InterviewNotes");

            migrationBuilder.DropTable(
                name: "Lessons");

            migrationBuilder.DropTable(
                name: "PdsaCycles");

            migrationBuilder.DropTable(
                name: "TeamMembers");

            migrationBuilder.DropTable(
                name: "ChangeIdeas");

            migrationBuilder.DropTable(
                name: "Drivers");

            migrationBuilder.DropTable(
                name: "Initiatives");
        }
    }
}
