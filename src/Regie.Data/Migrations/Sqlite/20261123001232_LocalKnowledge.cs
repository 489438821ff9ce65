using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LocalKnowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactCorrections_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LocalProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    VendorKey = table.Column<string>(type: "TEXT", nullable: true),
                    HostingProviderKey = table.Column<string>(type: "TEXT", nullable: true),
                    DataLocation = table.Column<string>(type: "TEXT", nullable: false),
                    OpenSource = table.Column<string>(type: "TEXT", nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalProducts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactCorrections_OrganisationId_ProductId",
                table: "FactCorrections",
                columns: new[] { "OrganisationId", "ProductId" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalProducts_OrganisationId_Key",
                table: "LocalProducts",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactCorrections");

            migrationBuilder.DropTable(
                name: "LocalProducts");
        }
    }
}
