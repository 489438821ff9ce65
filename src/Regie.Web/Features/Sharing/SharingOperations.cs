using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>Whether the board shares its landscape with the sector, since when, and where the sector places it.</summary>
public sealed record SharingDto(bool SharesWithSector, DateTimeOffset? ChangedAt, string? RegisterBoardNumber, string? Province);

/// <summary>The board administrator's choice: share or not, and the board's DUO number and province (both may stay empty).</summary>
public sealed record SharingInput(bool SharesWithSector, string? RegisterBoardNumber, string? Province);

/// <summary>The web's side of the board's opt-in; the operation itself is <see cref="BoardSharing"/>, shared with the command line.</summary>
public static class SharingOperations
{
    /// <summary>The twelve provinces, as the sector picture names them.</summary>
    public static IReadOnlyList<string> Provinces => BoardSharing.Provinces;

    public static SharingDto Of(OrganisationEntity organisation) =>
        new(organisation.SharesWithSector, organisation.SharingChangedAt, organisation.RegisterBoardNumber, organisation.Province);

    /// <summary>Checks the input; on an error nothing is stored. Returns the errors by field.</summary>
    public static Task<Dictionary<string, string[]>> SetAsync(RegieDbContext db, CurrentBoard current, TimeProvider time, SharingInput input, CancellationToken ct) =>
        BoardSharing.SetAsync(db, current.Id, input.SharesWithSector, input.RegisterBoardNumber, input.Province, time, ct);
}
