using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningLoop.Core.Persistence.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AimStatement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AimMeasureId = table.Column<int>(type: "integer", nullable: true),
                    AimBaseline = table.Column<double>(type: "double precision", nullable: true),
                    AimTarget = table.Column<double>(type: "double precision", nullable: true),
                    AimDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SponsorId = table.Column<int>(type: "integer", nullable: true),
                    LeadId = table.Column<int>(type: "integer", nullable: true),
                    Phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    FromUnitId = table.Column<int>(type: "integer", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Adaptation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    MeasureAnnotationId = table.Column<int>(type: "integer", nullable: false)
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
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    MeasureId = table.Column<int>(type: "integer", nullable: false)
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
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    InitiativeId = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Participants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ParticipantCount = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    InitiativeId = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    InterviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IntervieweeRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Interviewer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Quotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Themes = table.Column<int>(type: "integer", nullable: false),
                    Domains = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    InitiativeId = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Tags = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Links = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    DriverId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    ChangeIdeaId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Prediction = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Scale = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Who = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    What = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Where = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DataToCollect = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Observations = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MeasureId = table.Column<int>(type: "integer", nullable: true),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    NextSteps = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    MeasurePhaseId = table.Column<int>(type: "integer", nullable: true)
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

            // Full-text search over lessons (decision 0006): a generated tsvector (title weighted above tags above body)
            // with a GIN index. The column is not in the EF model: only LessonSearch's SQL reads it.
            migrationBuilder.Sql("""
                ALTER TABLE "Lessons" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce("Title", '')), 'A') ||
                    setweight(to_tsvector('english', coalesce("Tags", '')), 'B') ||
                    setweight(to_tsvector('english', coalesce("Body", '')), 'C')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Lessons_SearchVector" ON "Lessons" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Lessons_SearchVector";""");

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
