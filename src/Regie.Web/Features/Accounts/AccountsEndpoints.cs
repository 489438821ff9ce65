using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Accounts;

public sealed record NewUserInput(string? Email, string? Password, bool SystemAdministrator, bool SectorAnalyst = false);

public sealed record PasswordInput(string? Password);

/// <param name="Version">The members' version read (the ETag of GET members); null when not checked.</param>
public sealed record MemberInput(string? Email, BoardRole Role, string? Version = null);

/// <summary><see cref="Scope"/> SectorAggregates: a sector analyst's token, without board or role (Role None, or left out).</summary>
public sealed record NewTokenInput(string? Name, BoardRole Role = BoardRole.None, int Days = 90, ApiTokenScope Scope = ApiTokenScope.Board);

/// <summary>Users (system administrators), the current board's members (its administrators) and one's own API tokens.</summary>
public static class AccountsEndpoints
{
    public static void MapAccountsApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Accounts").RequireAuthorization(Policies.SystemAdministrator);
        users.MapGet("/", (RegieDbContext db, CancellationToken ct) => AccountOperations.UsersAsync(db, ct))
            .WithSummary("Every user with their boards and roles. System administrators only.");
        users.MapPost("/", CreateUserAsync).WithSummary("Creates a local account (e-mail address and password, at least 12 characters).");
        users.MapPut("/{id:guid}/password", ResetPasswordAsync)
            .WithSummary("Sets a new password: ends a lockout and signs the user out everywhere.");
        users.MapDelete("/{id:guid}/two-factor", ResetTwoFactorAsync)
            .WithSummary("Resets the user's second factor (a lost phone): switched off, key and recovery codes forgotten, the user signed out everywhere. Audited.");

        var members = api.MapGroup("/organisations/current/members").WithTags("Accounts").RequireAuthorization(Policies.BoardAdministrator);
        members.MapGet("/", MembersAsync)
            .WithSummary("The board's members and their roles (Reader, Editor, BoardAdministrator); the members' version comes as the ETag. Board administrators only.");
        members.MapPut("/", SetMemberAsync).WithSummary(
            "Gives an existing user a role on the board, or changes it; role None removes them. Send the members' version you read (the ETag of GET) as If-Match (412 when stale) or as `version` (409 when stale): a change over someone else's stores nothing and returns the current members; without a version it is not checked.");
        members.MapDelete("/{userId:guid}", RemoveMemberAsync).WithSummary(
            "Takes a member's role away. With If-Match (the members' version) refused (412) with the current members when they changed meanwhile.");

        var tokens = api.MapGroup("/account/tokens").WithTags("Accounts").RequireAuthorization(Policies.SignedIn);
        tokens.MapGet("/", (RegieDbContext db, CurrentBoard board, CancellationToken ct) => AccountOperations.TokensAsync(db, board, ct))
            .WithSummary("Your own API tokens (never their secrets).");
        tokens.MapPost("/", CreateTokenAsync)
            .WithSummary("Makes a personal token for the current board with a role no higher than yours and an expiry (days, at most 366); " +
                "a sector analyst makes a sector token with scope=SectorAggregates (no board, no role: the shared sector picture, vraagmacht and the " +
                "public scan's summary, never a board's rows nor one register board's results). The token is in the answer once; only its hash is stored.");
        tokens.MapDelete("/{id:guid}", RevokeTokenAsync).WithSummary("Revokes one of your tokens; it stops working at once.");
    }

    private static async Task<Results<Created<UserDto>, ValidationProblem>> CreateUserAsync(NewUserInput input, UserManager<RegieUser> users, HttpContext http)
    {
        var (outcome, user) = await AccountOperations.CreateUserAsync(users, input.Email, input.Password, input.SystemAdministrator, input.SectorAnalyst);
        if (user is not null)
        {
            SecurityEvents.UserCreated(http, user.Id, user.Email, user.IsSystemAdministrator, user.IsSectorAnalyst);
        }

        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/users/{user!.Id}", new UserDto(user.Id, user.Email!, user.IsSystemAdministrator, false, [], user.IsSectorAnalyst))
            : Invalid("user", outcome);
    }

    private static async Task<Results<NoContent, ValidationProblem>> ResetPasswordAsync(Guid id, PasswordInput input, UserManager<RegieUser> users, HttpContext http)
    {
        var outcome = await AccountOperations.ResetPasswordAsync(users, id, input.Password);
        if (outcome.Succeeded)
        {
            SecurityEvents.PasswordReset(http, id);
        }

        return outcome.Succeeded ? TypedResults.NoContent() : Invalid("password", outcome);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetTwoFactorAsync(Guid id, UserManager<RegieUser> users) =>
        (await TwoFactorOperations.ResetByAdministratorAsync(users, id)).Succeeded ? TypedResults.NoContent() : RegieApi.NotFound("Deze gebruiker");

    private static async Task<Ok<List<MemberDto>>> MembersAsync(RegieDbContext db, HttpContext http, CancellationToken ct)
    {
        EditVersion.Tag(http, await AccountOperations.MembersVersionAsync(db, ct));
        return TypedResults.Ok(await AccountOperations.MembersAsync(db, ct));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetMemberAsync(
        MemberInput input, RegieDbContext db, CurrentBoard board, HttpContext http, CancellationToken ct)
    {
        var outcome = await AccountOperations.SetMemberAsync(db, board, input.Email, input.Role, EditVersion.Requested(http.Request, input.Version), ct);
        if (outcome.Stale)
        {
            return await MembersConflictAsync(db, http, ct);
        }

        if (outcome.Succeeded)
        {
            SecurityEvents.RoleChanged(http, input.Email, input.Role.ToString());
            EditVersion.Tag(http, await AccountOperations.MembersVersionAsync(db, ct));
        }

        return outcome.Succeeded ? TypedResults.NoContent() : Invalid("member", outcome);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveMemberAsync(Guid userId, RegieDbContext db, CurrentBoard board, HttpContext http, CancellationToken ct)
    {
        var members = await AccountOperations.MembersAsync(db, ct);
        if (members.FirstOrDefault(m => m.UserId == userId) is not { } member)
        {
            return RegieApi.NotFound("Dit lid");
        }

        var outcome = await AccountOperations.SetMemberAsync(db, board, member.Email, BoardRole.None, EditVersion.Requested(http.Request, null), ct);
        if (outcome.Stale)
        {
            return await MembersConflictAsync(db, http, ct);
        }

        if (!outcome.Succeeded)
        {
            return RegieApi.NotFound("Dit lid");
        }

        SecurityEvents.RoleChanged(http, member.Email, nameof(BoardRole.None));
        return TypedResults.NoContent();
    }

    // The members as they are now, with their version: someone else changed a role since they were read.
    private static async Task<ProblemHttpResult> MembersConflictAsync(RegieDbContext db, HttpContext http, CancellationToken ct) =>
        EditVersion.Conflict(http, "De ledenlijst van dit bestuur", await AccountOperations.MembersAsync(db, ct), await AccountOperations.MembersVersionAsync(db, ct));

    private static async Task<Results<Created<NewTokenDto>, ValidationProblem>> CreateTokenAsync(
        NewTokenInput input, RegieDbContext db, CurrentBoard board, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var (outcome, token) = await AccountOperations.CreateTokenAsync(db, board, input.Name, input.Role, input.Days, time, ct, input.Scope);
        if (token is not null)
        {
            SecurityEvents.TokenCreated(http, token.Id, token.OrganisationId, token.Role.ToString(), token.ExpiresAt, token.Scope);
        }

        return outcome.Succeeded ? TypedResults.Created($"/api/v1/account/tokens/{token!.Id}", token) : Invalid("token", outcome);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeTokenAsync(
        Guid id, RegieDbContext db, CurrentBoard board, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        if (!await AccountOperations.RevokeTokenAsync(db, board, id, time, ct))
        {
            return RegieApi.NotFound("Dit token");
        }

        SecurityEvents.TokenRevoked(http, id);
        return TypedResults.NoContent();
    }

    private static ValidationProblem Invalid(string field, AccountOutcome outcome) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [.. outcome.Errors] }, title: "Niet opgeslagen");
}
