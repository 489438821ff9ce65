using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SectorObservatory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Province",
                table: "Organisations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisterBoardNumber",
                table: "Organisations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SharesWithSector",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SharingChangedAt",
                table: "Organisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegisterBoards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardNumber = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Province = table.Column<string>(type: "text", nullable: true),
                    Municipality = table.Column<string>(type: "text", nullable: true),
                    Website = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterBoards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Files = table.Column<List<string>>(type: "text[]", nullable: false),
                    Boards = table.Column<int>(type: "integer", nullable: false),
                    Schools = table.Column<int>(type: "integer", nullable: false),
                    SchoolsWithPupils = table.Column<int>(type: "integer", nullable: false),
                    NewSchools = table.Column<int>(type: "integer", nullable: false),
                    ClosedSchools = table.Column<int>(type: "integer", nullable: false),
                    Renamed = table.Column<int>(type: "integer", nullable: false),
                    NewWebsites = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterSchools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Brin = table.Column<string>(type: "text", nullable: false),
                    BoardNumber = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Sector = table.Column<string>(type: "text", nullable: false),
                    IsMainLocation = table.Column<bool>(type: "boolean", nullable: false),
                    Province = table.Column<string>(type: "text", nullable: true),
                    Municipality = table.Column<string>(type: "text", nullable: true),
                    Website = table.Column<string>(type: "text", nullable: true),
                    Pupils = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterSchools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorScans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Nameserver = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Domains = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Resolved = table.Column<int>(type: "integer", nullable: false),
                    Queries = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorScans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorVendorAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VendorId = table.Column<string>(type: "text", nullable: false),
                    VendorName = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Topic = table.Column<string>(type: "text", nullable: false),
                    Answer = table.Column<string>(type: "text", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    ReceivedBy = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorVendorAnswers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorScanResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ScanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Domain = table.Column<string>(type: "text", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    MailId = table.Column<string>(type: "text", nullable: true),
                    MailName = table.Column<string>(type: "text", nullable: true),
                    MailFilterId = table.Column<string>(type: "text", nullable: true),
                    MailFilterName = table.Column<string>(type: "text", nullable: true),
                    IdentityId = table.Column<string>(type: "text", nullable: true),
                    IdentityName = table.Column<string>(type: "text", nullable: true),
                    DnsHostingId = table.Column<string>(type: "text", nullable: true),
                    DnsHostingName = table.Column<string>(type: "text", nullable: true),
                    WebHostingId = table.Column<string>(type: "text", nullable: true),
                    WebHostingName = table.Column<string>(type: "text", nullable: true),
                    FindingsJson = table.Column<string>(type: "text", nullable: false),
                    NotesJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorScanResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectorScanResults_SectorScans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "SectorScans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterBoards_BoardNumber",
                table: "RegisterBoards",
                column: "BoardNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterImports_ImportedAt",
                table: "RegisterImports",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterSchools_BoardNumber",
                table: "RegisterSchools",
                column: "BoardNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterSchools_Code",
                table: "RegisterSchools",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SectorScanResults_ScanId_Domain",
                table: "SectorScanResults",
                columns: new[] { "ScanId", "Domain" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SectorScans_StartedAt",
                table: "SectorScans",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SectorVendorAnswers_VendorId_Subject_Topic",
                table: "SectorVendorAnswers",
                columns: new[] { "VendorId", "Subject", "Topic" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegisterBoards");

            migrationBuilder.DropTable(
                name: "RegisterImports");

            migrationBuilder.DropTable(
                name: "RegisterSchools");

            migrationBuilder.DropTable(
                name: "SectorScanResults");

            migrationBuilder.DropTable(
                name: "SectorVendorAnswers");

            migrationBuilder.DropTable(
                name: "SectorScans");

            migrationBuilder.DropColumn(
                name: "Province",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "RegisterBoardNumber",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SharesWithSector",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SharingChangedAt",
                table: "Organisations");
        }
    }
}
