using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class AuditTrail(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private const string Actor = "anna@bestuur.nl";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, OnBothDatabases]
    public async Task AddingARowRecordsTheActorTheTimeAndAllItsValues(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var service = new ServiceEntity { Name = "Somtoday", Dpia = AssessmentStatus.Done, ProcessKeys = ["lesgeven"] };
        await using (var db = storage.OpenAs(provider, board, Actor))
        {
            db.Services.Add(service);
            await db.SaveChangesAsync(Ct);
        }

        var entry = Assert.Single(await AuditOfAsync(provider, board, service.Id));

        Assert.Equal((board, Actor, storage.Clock.GetUtcNow(), "ServiceEntity", "Added"), (entry.OrganisationId, entry.Actor, entry.At, entry.Entity, entry.Action));
        Assert.Null(entry.OldValues);
        var values = Values(entry.NewValues);
        Assert.Equal("Somtoday", values["Name"].GetString());
        Assert.Equal("Done", values["Dpia"].GetString());
        Assert.Equal(board.ToString(), values["OrganisationId"].GetString());
        Assert.Equal(["lesgeven"], values["ProcessKeys"].EnumerateArray().Select(v => v.GetString()));
    }

    [Theory, OnBothDatabases]
    public async Task ModifyingARowRecordsOnlyTheChangedValuesBeforeAndAfter(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var service = new ServiceEntity { Name = "Oude naam", Notes = "blijft" };
        await using (var db = storage.OpenAs(provider, board, Actor))
        {
            db.Services.Add(service);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = storage.OpenAs(provider, board, Actor))
        {
            var stored = await db.Services.SingleAsync(s => s.Id == service.Id, Ct);
            stored.Name = "Nieuwe naam";
            stored.Kia = AssessmentStatus.NotNeeded;
            await db.SaveChangesAsync(Ct);
        }

        var entry = Assert.Single(await AuditOfAsync(provider, board, service.Id), e => e.Action == "Modified");

        Assert.Equal(Actor, entry.Actor);
        Assert.Equal(new Dictionary<string, string?> { ["Name"] = "Oude naam", ["Kia"] = "Unknown" }, Strings(entry.OldValues));
        Assert.Equal(new Dictionary<string, string?> { ["Name"] = "Nieuwe naam", ["Kia"] = "NotNeeded" }, Strings(entry.NewValues));
    }

    [Theory, OnBothDatabases]
    public async Task DeletingRowsRecordsTheirLastValues(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var (service, host) = (new ServiceEntity { Name = "Te verwijderen" }, new ServiceEntity { Name = "Host" });
        await using (var db = storage.OpenAs(provider, board, Actor))
        {
            service.Overrides.Add(new AnswerOverrideEntity { CriterionId = "keyControl", Option = 0, Reason = "geen" });
            db.Services.AddRange(service, host);
            db.Dependencies.Add(new DependencyEntity { FromServiceId = service.Id, Kind = DependencyKind.HostedOn, ToServiceId = host.Id });
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = storage.OpenAs(provider, board, Actor))
        {
            Assert.True(await db.DeleteServiceAsync(service.Id, Ct));
        }

        var entry = Assert.Single(await AuditOfAsync(provider, board, service.Id), e => e.Action == "Deleted");
        Assert.Equal("Te verwijderen", Values(entry.OldValues)["Name"].GetString());
        Assert.Null(entry.NewValues);
        await using var reader = storage.OpenAs(provider, board);
        var deleted = await reader.AuditEntries.Where(e => e.Action == "Deleted").Select(e => e.Entity).ToListAsync(Ct);
        Assert.Equivalent(new[] { "ServiceEntity", "AnswerOverrideEntity", "DependencyEntity" }, deleted, strict: true);
    }

    [Theory, OnBothDatabases]
    public async Task TheTrailCanBeFilteredAndSortedByTime(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        await using var db = storage.OpenAs(provider, board);
        var since = storage.Clock.GetUtcNow().AddDays(-30);

        var recent = await db.AuditEntries.Where(e => e.At >= since).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(Ct);

        Assert.Equal(await db.AuditEntries.CountAsync(Ct), recent.Count);
        Assert.NotEmpty(recent);
    }

    private async Task<List<AuditEntry>> AuditOfAsync(DatabaseProvider provider, Guid board, Guid entityId)
    {
        await using var db = storage.OpenAs(provider, board);
        var id = entityId.ToString();
        return await db.AuditEntries.Where(e => e.EntityId == id).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    private static Dictionary<string, JsonElement> Values(string? json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Assert.IsType<string>(json))!;

    private static Dictionary<string, string?> Strings(string? json) => Values(json).ToDictionary(p => p.Key, p => p.Value.GetString());
}
