using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ObiDossier.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => new { x.SessionId, x.CaseId });
                });

            migrationBuilder.CreateTable(
                name: "AuditBlocks",
                columns: table => new
                {
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    FirstSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    EntryCount = table.Column<int>(type: "int", nullable: false),
                    MerkleRoot = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    LastChainHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    PreviousBlockHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    BlockHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    SealedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditBlocks", x => x.BlockNumber);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Sequence = table.Column<long>(type: "bigint", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ActorRole = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ActorOrganisation = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ActorDisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LegalBasisCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Motivation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ChangedFields = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TraceId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    EntryHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    ChainHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: true),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditSealHead",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastBlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LastChainHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    LastBlockHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSealHead", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseInterests",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProsecutorId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ProsecutorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Motivation = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseInterests", x => new { x.CaseId, x.ProsecutorId });
                });

            migrationBuilder.CreateTable(
                name: "CaseQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Question = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AskedById = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AnsweredById = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AnswerOverrideMotivation = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseQuestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ActorRole = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorOrganisation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Motivation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTransitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WorkflowName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WorkflowVersion = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CountryOfOrigin = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PeriodFrom = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    PeriodTo = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    SuspectedCrimes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PositionHeld = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SummaryFindings = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    OwnerOrganisation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SubmittedById = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    SubmitOverrideMotivation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LegalBasisCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReleasedFields = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecipientOrganisation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RecipientIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DraftedById = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DraftMotivation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReviewedById = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReviewMotivation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Regime = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalBases",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Article = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    RecipientOrganisations = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DataCategories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalBases", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingActivities",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LegalBasisCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DataCategories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Recipients = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingActivities", x => new { x.Id, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "ProcessingRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TraceId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SpanId = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StartTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StatusCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    ProcessingActivityId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProcessingActivityVersion = table.Column<int>(type: "int", nullable: false),
                    LegalBasisCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DataSubjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DataSubjectType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ActorRole = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorOrganisation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Fields = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkflowName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WorkflowVersion = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AgendaFrozenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VaultEntries",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    KeyId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "varbinary(48)", maxLength: 48, nullable: true),
                    KeyNonce = table.Column<byte[]>(type: "varbinary(12)", maxLength: 12, nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    Nonce = table.Column<byte[]>(type: "varbinary(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ShreddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VaultEntries", x => x.CaseId);
                });

            migrationBuilder.InsertData(
                table: "AuditSealHead",
                columns: new[] { "Id", "LastBlockHash", "LastBlockNumber", "LastChainHash", "LastSequence", "Version" },
                values: new object[] { 1, new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0L, new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0L, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_CaseId",
                table: "AgendaItems",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditBlocks_FirstSequence",
                table: "AuditBlocks",
                column: "FirstSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CaseId",
                table: "AuditEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true,
                filter: "[Sequence] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseQuestions_CaseId_AskedAt",
                table: "CaseQuestions",
                columns: new[] { "CaseId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransitions_CaseId_Id",
                table: "CaseTransitions",
                columns: new[] { "CaseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CreatedAt_Reference",
                table: "Cases",
                columns: new[] { "CreatedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Reference",
                table: "Cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SessionId_CreatedAt_Reference",
                table: "Cases",
                columns: new[] { "SessionId", "CreatedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State_CreatedAt_Reference",
                table: "Cases",
                columns: new[] { "State", "CreatedAt", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_CaseId_DraftedAt",
                table: "Disclosures",
                columns: new[] { "CaseId", "DraftedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecords_CaseId_Id",
                table: "ProcessingRecords",
                columns: new[] { "CaseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecords_DataSubjectId_Id",
                table: "ProcessingRecords",
                columns: new[] { "DataSubjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecords_ProcessingActivityId_Id",
                table: "ProcessingRecords",
                columns: new[] { "ProcessingActivityId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecords_TraceId_Id",
                table: "ProcessingRecords",
                columns: new[] { "TraceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Date",
                table: "Sessions",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VaultEntries_KeyId",
                table: "VaultEntries",
                column: "KeyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "AuditBlocks");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AuditSealHead");

            migrationBuilder.DropTable(
                name: "CaseInterests");

            migrationBuilder.DropTable(
                name: "CaseQuestions");

            migrationBuilder.DropTable(
                name: "CaseTransitions");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "LegalBases");

            migrationBuilder.DropTable(
                name: "ProcessingActivities");

            migrationBuilder.DropTable(
                name: "ProcessingRecords");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropTable(
                name: "VaultEntries");
        }
    }
}
