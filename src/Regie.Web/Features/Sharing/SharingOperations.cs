using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>
/// Whether the board shares its landscape with the sector, since when, and where the sector places it; whether its vendors'
/// answers on where a catalog product runs may go to the catalog; <paramref name="Version"/> is the version of these
/// settings, which a change carries back.
/// </summary>
public sealed record SharingDto(
    bool SharesWithSector, DateTimeOffset? ChangedAt, string? RegisterBoardNumber, string? Province, string? Version = null, bool SharesVendorAnswers = false);

/// <summary>
/// The board administrator's choice: share or not, and the board's DUO number and province (both may stay empty);
/// <paramref name="Version"/> is the version read (<see cref="SharingDto.Version"/>), null when not checked;
/// <paramref name="SharesVendorAnswers"/> null leaves that choice as it is.
/// </summary>
public sealed record SharingInput(bool SharesWithSector, string? RegisterBoardNumber, string? Province, string? Version = null, bool? SharesVendorAnswers = null);

/// <summary>What a change of the sharing settings came to: the messages by field, or refused as stale (nothing stored).</summary>
public sealed record SharingSaving(Dictionary<string, string[]> Errors, bool Stale = false);

/// <summary>The web's side of the board's opt-in; the operation itself is <see cref="BoardSharing"/>, shared with the command line.</summary>
public static class SharingOperations
{
    /// <summary>The twelve provinces, as the sector picture names them.</summary>
    public static IReadOnlyList<string> Provinces => BoardSharing.Provinces;

    public static SharingDto Of(OrganisationEntity organisation) =>
        new(organisation.SharesWithSector, organisation.SharingChangedAt, organisation.RegisterBoardNumber, organisation.Province, VersionOf(organisation),
            organisation.SharesVendorAnswers);

    /// <summary>The version of the board's sharing settings (the five columns the /sharing form and the API change).</summary>
    public static string VersionOf(OrganisationEntity o) =>
        EditVersion.OfValues(o.SharesWithSector, o.SharingChangedAt, o.RegisterBoardNumber, o.Province, o.SharesVendorAnswers);

    /// <summary>The settings as stored now, read past the request's board (which was read before any change in this request).</summary>
    public static async Task<SharingDto> CurrentAsync(RegieDbContext db, CurrentBoard current, CancellationToken ct) =>
        Of(await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == current.Id, ct));

    /// <summary>
    /// Checks the input and stores it while the settings are still as at the input's version (none: not checked); on an error
    /// or when stale nothing is stored.
    /// </summary>
    public static async Task<SharingSaving> SetAsync(RegieDbContext db, CurrentBoard current, TimeProvider time, SharingInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var saved = await EditVersion.SaveIfUnchangedAsync(db, input.Version, async () => (await CurrentAsync(db, current, ct)).Version, async () =>
            errors = await BoardSharing.SetAsync(db, current.Id, input.SharesWithSector, input.RegisterBoardNumber, input.Province, time, ct, input.SharesVendorAnswers), ct);
        return new(errors, Stale: !saved);
    }
}
