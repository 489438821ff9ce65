using System.Net.Http.Json;
using Regie.Core.Catalog;
using Regie.Core.Scoring;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

public sealed class OwnPartiesInTheScore(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task AServiceOfAnOwnDutchVendorHostedAtItsOwnProviderShowsTheNewChainAndTheNetherlandsInItsScore()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var holding = await OwnParties.AddCompanyAsync(client, "Noorderlicht Holding B.V.", "NL", Company.NoParent, "KvK-uittreksel 2026");
        var vendor = await OwnParties.AddCompanyAsync(client, "Leerling Online B.V.", "nl", holding.Key, "https://www.kvk.nl/zoeken/?q=leerling-online");
        var provider = await OwnParties.AddProviderAsync(client, "Datacentrum Noorderlicht", holding.Key, ProviderKind.Datacenter);

        var service = await OwnParties.AddServiceAsync(client, new ServiceInput
        {
            Name = "Leerlingvolgsysteem Noord",
            Processes = ["leerlingvolgsysteem"],
            Pupils = 800,
            VendorId = vendor.Key,
            HostingProviderId = provider.Key,
        });

        Assert.Equal(("noorderlicht-holding-bv", "leerling-online-bv", "datacentrum-noorderlicht"), (holding.Key, vendor.Key, provider.Key));
        Assert.Equal("NL", vendor.Country);
        var score = (await client.GetFromJsonAsync<ServiceAssessmentDocument>($"/api/v1/services/{service.Id}/score", RegieApp.Json, ct))!;
        var criteria = score.Objectives.SelectMany(o => o.Criteria).ToList();
        var jurisdiction = Assert.Single(criteria, c => c.Reason.Code == "parentInEu");
        Assert.Equal(("Leerling Online B.V. → Noorderlicht Holding B.V.", "NL"), (jurisdiction.Reason.Arg("chain"), jurisdiction.Reason.Arg("countryCode")));
        Assert.Equal("KvK-uittreksel 2026", jurisdiction.Source);
        Assert.Contains(criteria, c => c.Reason.Code == "hostedInEuHands" && c.Reason.Arg("provider") == "Datacentrum Noorderlicht"
            && c.Reason.Arg("chain")!.Contains("Noorderlicht Holding B.V.", StringComparison.Ordinal));
        Assert.Empty(score.ForeignAccess);

        var summary = Assert.Single(await app.ServicesAsync(client), s => s.Id == service.Id);
        Assert.Equal(("Leerling Online B.V.", "Noorderlicht Holding B.V.", "NL", true), (summary.Vendor, summary.UltimateParent, summary.ParentCountry, summary.ParentInEu));
        // The board's own source is its own (Dutch) words: shown as they are, never folded away as an English catalog note.
        var page = await client.GetStringAsync($"/services/{service.Id}", ct);
        var row = page[page.IndexOf("KvK-uittreksel 2026", StringComparison.Ordinal)..];
        Assert.DoesNotContain("toelichting (Engels)", row[..row.IndexOf("</td>", StringComparison.Ordinal)]);
        Assert.DoesNotContain("<span lang=\"en\">KvK-uittreksel 2026", page);
    }

    [Fact]
    public async Task TheListsShowTheBoardsOwnPartiesFirstAndTheCatalogsMarkedAsNotOwn()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var parent = await OwnParties.AddCompanyAsync(client, "Stichting Schoolnet Oost", "NL", Company.NoParent);
        var child = await OwnParties.AddCompanyAsync(client, "Schoolnet Oost Diensten B.V.", "NL", parent.Key);
        await OwnParties.AddProviderAsync(client, "Serverruimte Schoolnet Oost", child.Key, ProviderKind.SelfHosted);

        var companies = (await client.GetFromJsonAsync<List<CompanyDto>>("/api/v1/companies", RegieApp.Json, ct))!;
        var providers = (await client.GetFromJsonAsync<List<ProviderDto>>("/api/v1/providers", RegieApp.Json, ct))!;

        Assert.True(companies.TakeWhile(c => c.Own).Count() == companies.Count(c => c.Own), "own companies come first");
        var own = Assert.Single(companies, c => c.Key == child.Key);
        Assert.True(own.Own);
        Assert.Equal("Schoolnet Oost Diensten B.V. → Stichting Schoolnet Oost", own.Chain);
        var microsoft = Assert.Single(companies, c => c.Key == "microsoft");
        Assert.False(microsoft.Own);
        Assert.Equal(("US", "none", "US"), (microsoft.Country, microsoft.ParentKey, microsoft.UltimateParentCountry));
        var serverroom = Assert.Single(providers, p => p.Key == "serverruimte-schoolnet-oost");
        Assert.Equal((true, "Schoolnet Oost Diensten B.V.", ProviderKind.SelfHosted), (serverroom.Own, serverroom.Company, serverroom.Kind));
        Assert.False(Assert.Single(providers, p => p.Key == "azure").Own);
    }
}
