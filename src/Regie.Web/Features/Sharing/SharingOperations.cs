using Microsoft.EntityFrameworkCore;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>Whether the board shares its landscape with the sector, since when, and where the sector places it.</summary>
public sealed record SharingDto(bool SharesWithSector, DateTimeOffset? ChangedAt, string? RegisterBoardNumber, string? Province);

/// <summary>The board administrator's choice: share or not, and the board's DUO number and province (both may stay empty).</summary>
public sealed record SharingInput(bool SharesWithSector, string? RegisterBoardNumber, string? Province);

/// <summary>
/// The board's opt-in to the sector picture (issue 15 point 3): off by default, revocable at once. The change is a write to
/// the organisation's row, so the DbContext audits it with the signed-in user, and the board's version changes with it.
/// </summary>
public static class SharingOperations
{
    /// <summary>The twelve provinces, as the sector picture names them.</summary>
    public static readonly IReadOnlyList<string> Provinces =
    [
        "Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg",
        "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ];

    public static SharingDto Of(OrganisationEntity organisation) =>
        new(organisation.SharesWithSector, organisation.SharingChangedAt, organisation.RegisterBoardNumber, organisation.Province);

    /// <summary>The province as the list spells it; DUO's capitals and the Dutch name of Fryslân are accepted.</summary>
    public static string? ProvinceOf(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (string.Equals(text, "Friesland", StringComparison.OrdinalIgnoreCase))
        {
            return "Fryslân";
        }

        return Provinces.FirstOrDefault(p => string.Equals(p, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Checks the input; on an error nothing is stored. Returns the errors by field.</summary>
    public static async Task<Dictionary<string, string[]>> SetAsync(RegieDbContext db, CurrentBoard current, TimeProvider time, SharingInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var number = input.RegisterBoardNumber?.Trim();
        if (!string.IsNullOrEmpty(number) && (number.Length != 5 || !number.All(char.IsAsciiDigit)))
        {
            errors["registerBoardNumber"] = [$"Bestuursnummer (DUO): '{number}' is geen nummer van vijf cijfers."];
        }

        var province = ProvinceOf(input.Province);
        if (!string.IsNullOrWhiteSpace(input.Province) && province is null)
        {
            errors["province"] = [$"Provincie: '{input.Province.Trim()}' is geen provincie; kies een van {string.Join(", ", Provinces)}."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == current.Id, ct);
        if (organisation.SharesWithSector != input.SharesWithSector)
        {
            organisation.SharesWithSector = input.SharesWithSector;
            organisation.SharingChangedAt = time.GetUtcNow();
        }

        organisation.RegisterBoardNumber = string.IsNullOrEmpty(number) ? null : number;
        organisation.Province = province;
        await db.SaveChangesAsync(ct);
        return errors;
    }
}
