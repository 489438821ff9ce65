using System.Net.Http.Json;
using Regie.Core.Planning;
using Regie.Data;
using Regie.Web.Features.Priorities;
using Regie.Web.Features.Roadmap;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Planning;

/// <summary>Small calls the planning tests share: find a demo service, add a move, read the roadmap and the priorities.</summary>
internal static class PlanningClient
{
    public static async Task<Guid> ServiceIdAsync(RegieApp app, HttpClient client, string name) =>
        Assert.Single(await app.ServicesAsync(client), s => s.Name == name).Id;

    public static async Task<HttpResponseMessage> AddMoveAsync(HttpClient client, Guid service, string alternative, MoveState status = MoveState.Planned) =>
        await client.PostAsJsonAsync("/api/v1/roadmap/moves", new MoveInput(service, alternative, status), RegieApp.Json, TestContext.Current.CancellationToken);

    public static async Task<RoadmapDto> RoadmapAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<RoadmapDto>("/api/v1/roadmap", RegieApp.Json, TestContext.Current.CancellationToken))!;

    public static async Task<List<PriorityDto>> PrioritiesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<PriorityDto>>("/api/v1/priorities", RegieApp.Json, TestContext.Current.CancellationToken))!;
}
