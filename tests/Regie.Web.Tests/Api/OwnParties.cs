using System.Net;
using System.Net.Http.Json;
using Regie.Core.Catalog;
using Regie.Web.Features.Parties;
using Regie.Web.Features.Services;
using Regie.Web.Infrastructure;

namespace Regie.Web.Tests.Api;

/// <summary>Adds a board's own companies and providers through the API, as a caller would, and fails the test when that is refused.</summary>
public static class OwnParties
{
    public static Task<CompanyDto> AddCompanyAsync(HttpClient client, string name, string? country, string? parentKey, string? source = null) =>
        PostAsync<CompanyDto>(client, "/api/v1/companies", new CompanyInput { Name = name, Country = country, ParentKey = parentKey, Source = source });

    public static Task<ProviderDto> AddProviderAsync(HttpClient client, string name, string? companyKey, ProviderKind kind) =>
        PostAsync<ProviderDto>(client, "/api/v1/providers", new ProviderInput { Name = name, CompanyKey = companyKey, Kind = kind });

    public static async Task<ServiceDto> AddServiceAsync(HttpClient client, ServiceInput service) =>
        await PostAsync<ServiceDto>(client, "/api/v1/services", service);

    private static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await client.PostAsync(path, JsonContent.Create(body, body.GetType(), options: RegieApp.Json), ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<T>(RegieApp.Json, ct))!;
    }
}
