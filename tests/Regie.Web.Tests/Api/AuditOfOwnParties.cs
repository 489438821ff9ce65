using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Data;

namespace Regie.Web.Tests.Api;

public sealed class AuditOfOwnParties(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task AddingChangingAndDeletingACompanyIsRecordedInTheAuditTrailOfTheBoard()
    {
        var ct = TestContext.Current.CancellationToken;
        var board = await app.DemoBoardIdAsync();
        var client = app.ClientFor(board);
        await using var db = RegieDatabase.Create(app.Database, TenantContext.System);
        var audited = db.AuditEntries.IgnoreQueryFilters([RegieDbContext.TenantFilter]).Where(a => a.Entity == nameof(LocalCompanyEntity) && a.OrganisationId == board);
        var before = await audited.MaxAsync(a => (long?)a.Id, ct) ?? 0;

        var company = await OwnParties.AddCompanyAsync(client, "Gevolgd B.V.", null, null);
        (await client.PutAsJsonAsync($"/api/v1/companies/{company.Key}", new { name = "Gevolgd B.V.", country = "DE", source = "Handelsregister 2026" }, ct)).EnsureSuccessStatusCode();
        (await client.DeleteAsync($"/api/v1/companies/{company.Key}", ct)).EnsureSuccessStatusCode();

        var audit = await audited.Where(a => a.Id > before).OrderBy(a => a.Id).ToListAsync(ct);

        Assert.Equal(new[] { "Added", "Modified", "Deleted" }, audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("web", a.Actor));
        Assert.Contains("\"Country\":\"DE\"", audit[1].NewValues);
        Assert.Contains("Handelsregister 2026", audit[1].NewValues);
    }
}
