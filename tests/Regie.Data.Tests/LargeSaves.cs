using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

/// <summary>
/// A save of many new rows (a large import) is written in bulk rather than row by row by EF; what it stores and audits must
/// be exactly what EF's own path stores and audits, and a refusal must still leave nothing behind.
/// </summary>
public sealed class LargeSaves(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private const int Rows = 300; // above the bulk threshold (256) in one save; one by one below it

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Services with every kind of value (lists, enums, dates, money, nulls, non-ASCII text), each with evidence and a dependency.</summary>
    private static List<object> Landscape(Guid board)
    {
        var rows = new List<object>();
        Guid? previous = null;
        for (var i = 0; i < Rows; i++)
        {
            var service = new ServiceEntity
            {
                Id = Guid.NewGuid(),
                OrganisationId = board,
                Name = i % 7 == 0 ? $"Leerlingvolgsysteem “Ça va” {i}" : $"Dienst {i}",
                CatalogProductId = i % 3 == 0 ? "magister" : null,
                ProcessKeys = i % 2 == 0 ? ["lesgeven", "toetsing"] : [],
                Pupils = i % 5 == 0 ? null : i * 10,
                DataCategories = ["leerlinggegevens"],
                VendorId = i % 4 == 0 ? "eigen-leverancier-bv" : null,
                DataLocation = i % 2 == 0 ? DataLocation.EuOnly : DataLocation.Unknown,
                OpenSource = i % 3 == 0 ? Tri.Yes : Tri.Unknown,
                ContractEnd = i % 6 == 0 ? new DateOnly(2027, 7, 31) : null,
                AnnualCost = i % 4 == 0 ? 12_500.50m + i : null,
                ExportFormats = i % 2 == 0 ? ["CSV", "XLSX"] : [],
                Dpia = AssessmentStatus.Done,
                Notes = i % 9 == 0 ? "Regel met \"aanhalingstekens\", een nieuwe\nregel en é" : null,
            };
            rows.Add(service);
            rows.Add(new ServiceEvidenceEntity
            {
                Id = Guid.NewGuid(),
                OrganisationId = board,
                ServiceId = service.Id,
                Origin = "inventory",
                RecordType = "csv-row",
                Name = $"rij {i + 2}",
                Value = service.Name,
                Confidence = i % 2 == 0 ? 0.95 : null,
                FoundAt = new DateTimeOffset(2026, 12, 6, 9, 0, i % 60, TimeSpan.Zero),
            });
            if (previous is { } from)
            {
                rows.Add(new DependencyEntity { Id = Guid.NewGuid(), OrganisationId = board, FromServiceId = from, Kind = DependencyKind.IntegratesWith, ToServiceId = service.Id });
            }

            previous = service.Id;
        }

        return rows;
    }

    [Theory, OnBothDatabases]
    public async Task ALargeSaveStoresAndAuditsWhatEfStoresAndAudits(DatabaseProvider provider)
    {
        var bulk = await storage.CreateBoardAsync(provider, "Stichting In Eén Keer");
        var oneByOne = await storage.CreateBoardAsync(provider, "Stichting Rij Voor Rij");

        int written;
        await using (var db = storage.OpenAs(provider, bulk))
        {
            var rows = Landscape(bulk);
            db.AddRange(rows);
            written = await db.SaveChangesAsync(Ct);
            Assert.True(db.LastSaveInBulk);
            Assert.Equal(rows.Count * 2, written); // every row and its audit entry, as EF counts them
        }

        await using (var db = storage.OpenAs(provider, oneByOne))
        {
            foreach (var row in Landscape(oneByOne))
            {
                db.Add(row);
                await db.SaveChangesAsync(Ct);
                Assert.False(db.LastSaveInBulk);
            }
        }

        Assert.Equal(await StoredAsync(provider, oneByOne), await StoredAsync(provider, bulk));
    }

    [Theory, OnBothDatabases]
    public async Task ALargeSaveTheDatabaseRefusesStoresNothingAndNamesTheRow(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        int audited;
        await using (var db = storage.OpenAs(provider, board))
        {
            db.Services.Add(new ServiceEntity { Id = Guid.NewGuid(), Name = "Bestaand" });
            await db.SaveChangesAsync(Ct);
            audited = await db.AuditEntries.CountAsync(Ct);
        }

        await using (var db = storage.OpenAs(provider, board))
        {
            var rows = Landscape(board);
            rows.OfType<ServiceEntity>().ElementAt(150).Name = "Bestaand";
            db.AddRange(rows);

            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

            Assert.True(DatabaseErrors.IsUniqueViolation(refused));
            if (provider == DatabaseProvider.Sqlite)
            {
                // EF's fallback runs SQLite's inserts one by one, so the refused row is the one named. PostgreSQL refuses EF's
                // batch as a whole and EF may name another row of it (docs/IMPORTS.md), so there only the refusal is certain.
                Assert.Contains(refused.Entries, e => e.Entity is ServiceEntity { Name: "Bestaand" });
            }
        }

        await using var check = storage.OpenAs(provider, board);
        Assert.Equal(1, await check.Services.CountAsync(Ct));
        Assert.Equal(0, await check.ServiceEvidence.CountAsync(Ct));
        Assert.Equal(audited, await check.AuditEntries.CountAsync(Ct));
    }

    /// <summary>What a board holds, read back through EF, without the ids and board ids that differ by construction.</summary>
    private async Task<List<string>> StoredAsync(DatabaseProvider provider, Guid board)
    {
        await using var db = storage.OpenAs(provider, board);
        var names = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, Ct);
        var stored = new List<string>();
        foreach (var s in await db.Services.AsNoTracking().ToListAsync(Ct))
        {
            stored.Add($"service {s.Name}|{s.CatalogProductId}|{string.Join(",", s.ProcessKeys)}|{s.Pupils}|{string.Join(",", s.DataCategories)}|{s.VendorId}|"
                + $"{s.DataLocation}|{s.OpenSource}|{s.ContractEnd}|{s.AnnualCost}|{string.Join(",", s.ExportFormats)}|{s.Dpia}|{s.Kia}|{s.TestedExport}|{s.Notes}");
        }

        foreach (var e in await db.ServiceEvidence.AsNoTracking().ToListAsync(Ct))
        {
            stored.Add($"evidence {names[e.ServiceId]}|{e.Origin}|{e.RecordType}|{e.Name}|{e.Value}|{e.Confidence}|{e.FoundAt:O}");
        }

        foreach (var d in await db.Dependencies.AsNoTracking().ToListAsync(Ct))
        {
            stored.Add($"dependency {names[d.FromServiceId]}|{d.Kind}|{names[d.ToServiceId]}");
        }

        foreach (var a in await db.AuditEntries.AsNoTracking().Where(a => a.Entity != nameof(OrganisationEntity)).ToListAsync(Ct))
        {
            // The audited values as EF wrote them, less the ids (which differ between the two boards) and the entry's own key.
            var values = JsonNode.Parse(a.NewValues!)!.AsObject();
            foreach (var id in new[] { "Id", "OrganisationId", "ServiceId", "FromServiceId", "ToServiceId" })
            {
                values.Remove(id);
            }

            stored.Add($"audit {a.Actor}|{a.At:O}|{a.Entity}|{a.Action}|{a.OldValues}|{values.ToJsonString()}");
        }

        stored.Sort(StringComparer.Ordinal);
        return stored;
    }
}
