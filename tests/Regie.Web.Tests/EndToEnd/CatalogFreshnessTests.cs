using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Knowledge;

namespace Regie.Web.Tests.EndToEnd;

/// <summary>No browser needed: the rule is in the server-rendered page.</summary>
public sealed class CatalogFreshnessTests
{
    [Fact]
    public async Task FactsCheckedMoreThanAYearAgoAreMarkedOutdated()
    {
        var html = await ProductPageOnAsync(CheckDates().Max().AddMonths(13));
        Assert.Contains("verouderd", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsCheckedWithinAYearAreNotMarked()
    {
        var html = await ProductPageOnAsync(CheckDates().Min().AddMonths(11));
        Assert.DoesNotContain("verouderd", html, StringComparison.Ordinal);
        Assert.Contains("onbekend", html, StringComparison.Ordinal);
    }

    /// <summary>Every date on which a catalog fact was checked, so the test days follow the data as it is re-checked.</summary>
    private static IEnumerable<DateOnly> CheckDates()
    {
        var c = KnowledgeLoader.Load(Regie.Core.Knowledge.Loading.DataFolder.Locate()).Catalog;
        return new[] { c.Released }
            .Concat(c.Products.SelectMany(p => new[] { p.Vendor.Checked, p.HostingProvider.Checked, p.HostingRegion.Checked, p.DataLocation.Checked, p.OpenSource.Checked }))
            .Concat(c.Companies.SelectMany(x => new[] { x.Country.Checked, x.Parent.Checked }))
            .Concat(c.Providers.Select(x => x.Company.Checked))
            .Concat(c.Countries.Select(x => x.Checked))
            .OfType<DateOnly>();
    }

    private static async Task<string> ProductPageOnAsync(DateOnly day)
    {
        var today = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var database = Path.Combine(Path.GetTempPath(), $"regie-web-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
                .UseEnvironment("Testing")
                .UseSetting("Regie:Database", database)
                .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedTime(today))));
            using var client = app.CreateClient();
            return await client.GetStringAsync("/catalog/magister");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
