using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Regie.Core.Catalog;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

public sealed class DeletingOwnPartiesInUse(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    [Fact]
    public async Task ACompanyUsedByAServiceAChildCompanyAndAProviderIsNotDeletedAndTheRefusalNamesThem()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var parent = await OwnParties.AddCompanyAsync(client, "Veelgebruikt Holding", "NL", Company.NoParent);
        await OwnParties.AddCompanyAsync(client, "Veelgebruikt Software", "NL", parent.Key);
        await OwnParties.AddProviderAsync(client, "Veelgebruikt Hosting", parent.Key, ProviderKind.Cloud);
        await OwnParties.AddServiceAsync(client, new ServiceInput { Name = "Roosterprogramma Veelgebruikt", VendorId = parent.Key });

        var response = await client.DeleteAsync($"/api/v1/companies/{parent.Key}", ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>(ct))!;
        Assert.Equal(
            "Dit bedrijf is nog in gebruik en is niet verwijderd: leverancier van dienst Roosterprogramma Veelgebruikt; " +
            "moederbedrijf van bedrijf Veelgebruikt Software; eigenaar van hostingpartij Veelgebruikt Hosting. Kies daar eerst een ander bedrijf.",
            problem.Detail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/companies/{parent.Key}", ct)).StatusCode);
    }

    [Fact]
    public async Task AProviderThatHostsAServiceIsNotDeletedAndTheRefusalNamesTheService()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var provider = await OwnParties.AddProviderAsync(client, "Kelder van het bestuurskantoor", null, ProviderKind.SelfHosted);
        await OwnParties.AddServiceAsync(client, new ServiceInput { Name = "Eigen Nextcloud", HostingProviderId = provider.Key });

        var response = await client.DeleteAsync($"/api/v1/providers/{provider.Key}", ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("dienst Eigen Nextcloud wordt er gehost", (await response.Content.ReadFromJsonAsync<ProblemDetails>(ct))!.Detail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/providers/{provider.Key}", ct)).StatusCode);
    }

    [Fact]
    public async Task TheDeleteButtonOnThePageShowsTheSameRefusal()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var vendor = await OwnParties.AddCompanyAsync(client, "Onmisbaar B.V.", "NL", Company.NoParent);
        await OwnParties.AddServiceAsync(client, new ServiceInput { Name = "Onmisbare app", VendorId = vendor.Key });

        var response = await FormPost.SubmitAsync(client, $"/parties?company={vendor.Key}", "/parties?handler=DeleteCompany", [new("key", vendor.Key)]);

        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is niets verwijderd.", html);
        Assert.Contains("Dit bedrijf is nog in gebruik en is niet verwijderd: leverancier van dienst Onmisbare app.", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/companies/{vendor.Key}", ct)).StatusCode);
    }

    [Fact]
    public async Task AnUnusedCompanyAndProviderAreDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var company = await OwnParties.AddCompanyAsync(client, "Vergissing B.V.", null, null);
        var provider = await OwnParties.AddProviderAsync(client, "Vergissing Hosting", null, ProviderKind.Cloud);

        var viaApi = await client.DeleteAsync($"/api/v1/providers/{provider.Key}", ct);
        var viaPage = await FormPost.SubmitAsync(client, $"/parties?company={company.Key}", "/parties?handler=DeleteCompany", [new("key", company.Key)]);

        Assert.Equal(HttpStatusCode.NoContent, viaApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, viaPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/providers/{provider.Key}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/companies/{company.Key}", ct)).StatusCode);
    }
}
