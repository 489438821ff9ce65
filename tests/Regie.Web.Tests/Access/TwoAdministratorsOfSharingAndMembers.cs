using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regie.Data;
using Regie.Web.Features.Accounts;
using Regie.Web.Features.Sharing;
using Regie.Web.Tests.Api;

namespace Regie.Web.Tests.Access;

/// <summary>
/// No silent lost update of what a board's administrators set: the sharing with the sector (with the DUO board number) and the
/// members' roles, on the /sharing and /members pages and in the API.
/// </summary>
public sealed class TwoAdministratorsOfSharingAndMembers(RegieApp fixture) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = fixture.Fresh(fixture.SignInRequired);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Stale = "is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen.";

    private const string SharingUrl = "/api/v1/board/sharing";

    private const string MembersUrl = "/api/v1/organisations/current/members";

    private async Task<(HttpClient Anna, HttpClient Bram)> AdministratorsAsync(string board)
    {
        var id = await app.CreateBoardAsync(board);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return (await app.SignedInClientAsync($"anna-{suffix}@bestuur.nl", id, BoardRole.BoardAdministrator),
            await app.SignedInClientAsync($"bram-{suffix}@bestuur.nl", id, BoardRole.BoardAdministrator));
    }

    [Fact]
    public async Task TheSecondChangeOfTheSharingFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var (anna, bram) = await AdministratorsAsync("Stichting Delen");
        var read = await anna.GetAsync(SharingUrl, Ct);
        var copy = (await read.Content.ReadFromJsonAsync<SharingDto>(RegieApp.Json, Ct))!;
        Assert.Equal($"\"{copy.Version}\"", read.Headers.ETag!.Tag);

        var first = await anna.PutAsJsonAsync(SharingUrl, new SharingInput(true, "12345", "Utrecht", copy.Version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync(SharingUrl, new SharingInput(false, "54321", null, copy.Version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, SharingUrl) { Content = JsonContent.Create(new SharingInput(false, "11111", null), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(read.Headers.ETag);
        var third = await bram.SendAsync(late, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Equal("12345", problem.GetProperty("current").GetProperty("registerBoardNumber").GetString());
        var stored = (await anna.GetFromJsonAsync<SharingDto>(SharingUrl, RegieApp.Json, Ct))!;
        Assert.Equal((true, "12345", "Utrecht"), (stored.SharesWithSector, stored.RegisterBoardNumber, stored.Province));
        Assert.Equal(first.Headers.ETag!.Tag, $"\"{stored.Version}\"");

        // Without a version (a client that never reads one) the change is taken.
        Assert.Equal(HttpStatusCode.OK, (await bram.PutAsJsonAsync(SharingUrl, new SharingInput(false, "54321", null), RegieApp.Json, Ct)).StatusCode);
        Assert.Equal("54321", (await anna.GetFromJsonAsync<SharingDto>(SharingUrl, RegieApp.Json, Ct))!.RegisterBoardNumber);
    }

    [Fact]
    public async Task TheSharingPageRefusesAStaleChangeAndShowsTheStoredSettings()
    {
        var (anna, bram) = await AdministratorsAsync("Stichting Deelpagina");
        var html = await anna.GetStringAsync("/sharing", Ct);
        var version = Regex.Match(html, "name=\"Version\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal((await bram.GetFromJsonAsync<SharingDto>(SharingUrl, RegieApp.Json, Ct))!.Version, version);
        (await bram.PutAsJsonAsync(SharingUrl, new SharingInput(true, "12345", "Utrecht", version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(anna, "/sharing", "/sharing",
            [new("SharesWithSector", "false"), new("RegisterBoardNumber", "99999"), new("Province", ""), new("Version", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft het delen met de sector opgeslagen nadat u het formulier opende", page);
        Assert.Matches("name=\"RegisterBoardNumber\"[^>]*value=\"12345\"", page);
        Assert.DoesNotContain("99999", page);
        var stored = (await anna.GetFromJsonAsync<SharingDto>(SharingUrl, RegieApp.Json, Ct))!;
        Assert.Equal((true, "12345"), (stored.SharesWithSector, stored.RegisterBoardNumber));
        Assert.Contains($"name=\"Version\" value=\"{stored.Version}\"", page);
    }

    [Fact]
    public async Task TheSecondRoleChangeFromTheSameVersionGets409Or412AndTheFirstStays()
    {
        var (anna, bram) = await AdministratorsAsync("Stichting Rollen");
        await app.CreateUserAsync("carla@rollen.nl");
        var read = await anna.GetAsync(MembersUrl, Ct);
        var tag = read.Headers.ETag!.Tag;
        var version = tag.Trim('"');

        var first = await anna.PutAsJsonAsync(MembersUrl, new MemberInput("carla@rollen.nl", BoardRole.Editor, version), RegieApp.Json, Ct);
        var second = await bram.PutAsJsonAsync(MembersUrl, new MemberInput("carla@rollen.nl", BoardRole.Reader, version), RegieApp.Json, Ct);
        using var late = new HttpRequestMessage(HttpMethod.Put, MembersUrl) { Content = JsonContent.Create(new MemberInput("carla@rollen.nl", BoardRole.BoardAdministrator), options: RegieApp.Json) };
        late.Headers.IfMatch.Add(new EntityTagHeaderValue(tag));
        var third = await bram.SendAsync(late, Ct);
        var members = (await anna.GetFromJsonAsync<List<MemberDto>>(MembersUrl, RegieApp.Json, Ct))!;
        var carla = members.Single(m => m.Email == "carla@rollen.nl");
        using var removal = new HttpRequestMessage(HttpMethod.Delete, $"{MembersUrl}/{carla.UserId}");
        removal.Headers.IfMatch.Add(new EntityTagHeaderValue(tag));
        var removed = await bram.SendAsync(removal, Ct);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, third.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, removed.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(Stale, problem.GetProperty("title").GetString());
        Assert.Contains(problem.GetProperty("current").EnumerateArray(), m => m.GetProperty("email").GetString() == "carla@rollen.nl" && m.GetProperty("role").GetString() == "Editor");
        var now = await anna.GetAsync(MembersUrl, Ct);
        Assert.Equal(BoardRole.Editor, (await now.Content.ReadFromJsonAsync<List<MemberDto>>(RegieApp.Json, Ct))!.Single(m => m.Email == "carla@rollen.nl").Role);
        Assert.Equal(first.Headers.ETag!.Tag, now.Headers.ETag!.Tag);

        // Without a version (a client that never reads one) the change is taken.
        Assert.Equal(HttpStatusCode.NoContent, (await bram.PutAsJsonAsync(MembersUrl, new MemberInput("carla@rollen.nl", BoardRole.Reader), RegieApp.Json, Ct)).StatusCode);
        Assert.Equal(BoardRole.Reader, (await anna.GetFromJsonAsync<List<MemberDto>>(MembersUrl, RegieApp.Json, Ct))!.Single(m => m.Email == "carla@rollen.nl").Role);
    }

    [Fact]
    public async Task TheMembersPageRefusesAStaleRoleChangeAndShowsTheMembersAsTheyAreNow()
    {
        var (anna, bram) = await AdministratorsAsync("Stichting Ledenpagina");
        await app.CreateUserAsync("dirk@leden.nl");
        var html = await anna.GetStringAsync("/members", Ct);
        var version = Regex.Match(html, "name=\"MembersVersion\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        Assert.Equal((await bram.GetAsync(MembersUrl, Ct)).Headers.ETag!.Tag, $"\"{version}\"");
        (await bram.PutAsJsonAsync(MembersUrl, new MemberInput("dirk@leden.nl", BoardRole.Editor, version), RegieApp.Json, Ct)).EnsureSuccessStatusCode();

        var response = await FormPost.SubmitAsync(anna, "/members", "/members",
            [new("Email", "dirk@leden.nl"), new("Role", nameof(BoardRole.BoardAdministrator)), new("MembersVersion", version)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Iemand anders heeft de ledenlijst opgeslagen nadat u het formulier opende", page);
        Assert.Contains("<td>dirk@leden.nl</td><td>bewerker</td>", page);
        var stored = await anna.GetAsync(MembersUrl, Ct);
        Assert.Equal(BoardRole.Editor, (await stored.Content.ReadFromJsonAsync<List<MemberDto>>(RegieApp.Json, Ct))!.Single(m => m.Email == "dirk@leden.nl").Role);
        Assert.Contains($"name=\"MembersVersion\" value=\"{stored.Headers.ETag!.Tag.Trim('"')}\"", page);
    }
}
