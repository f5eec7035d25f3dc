using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ObiDossier.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TableAsHeld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "Sessions",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<string>(
                name: "OmCaseNumber",
                table: "Disclosures",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Disclosures",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OutcomeAt",
                table: "Disclosures",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeById",
                table: "Disclosures",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Route",
                table: "Disclosures",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "formal-report");

            migrationBuilder.AddColumn<string>(
                name: "Priority",
                table: "Cases",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "normal");

            migrationBuilder.CreateTable(
                name: "SessionMinutes",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Attendance = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Decisions = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    RecordedById = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionMinutes", x => x.SessionId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionMinutes");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "OmCaseNumber",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "OutcomeAt",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "OutcomeById",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Route",
                table: "Disclosures");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Cases");
        }
    }
}
