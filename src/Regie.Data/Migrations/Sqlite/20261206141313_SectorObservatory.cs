using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisterBoardNumber",
                table: "Organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SharesWithSector",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "SharingChangedAt",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegisterBoards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoardNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Province = table.Column<string>(type: "TEXT", nullable: true),
                    Municipality = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterBoards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Files = table.Column<string>(type: "TEXT", nullable: false),
                    Boards = table.Column<int>(type: "INTEGER", nullable: false),
                    Schools = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolsWithPupils = table.Column<int>(type: "INTEGER", nullable: false),
                    NewSchools = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedSchools = table.Column<int>(type: "INTEGER", nullable: false),
                    Renamed = table.Column<int>(type: "INTEGER", nullable: false),
                    NewWebsites = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterSchools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Brin = table.Column<string>(type: "TEXT", nullable: false),
                    BoardNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", nullable: false),
                    IsMainLocation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Province = table.Column<string>(type: "TEXT", nullable: true),
                    Municipality = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    Pupils = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterSchools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorScans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Nameserver = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Domains = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Queries = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorScans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorVendorAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorId = table.Column<string>(type: "TEXT", nullable: false),
                    VendorName = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorVendorAnswers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SectorScanResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Domain = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    MailId = table.Column<string>(type: "TEXT", nullable: true),
                    MailName = table.Column<string>(type: "TEXT", nullable: true),
                    MailFilterId = table.Column<string>(type: "TEXT", nullable: true),
                    MailFilterName = table.Column<string>(type: "TEXT", nullable: true),
                    IdentityId = table.Column<string>(type: "TEXT", nullable: true),
                    IdentityName = table.Column<string>(type: "TEXT", nullable: true),
                    DnsHostingId = table.Column<string>(type: "TEXT", nullable: true),
                    DnsHostingName = table.Column<string>(type: "TEXT", nullable: true),
                    WebHostingId = table.Column<string>(type: "TEXT", nullable: true),
                    WebHostingName = table.Column<string>(type: "TEXT", nullable: true),
                    FindingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    NotesJson = table.Column<string>(type: "TEXT", nullable: false)
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
