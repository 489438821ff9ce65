using Microsoft.EntityFrameworkCore;

namespace Regie.Data;

/// <summary>
/// The board's opt-in to the sector picture (issue 15 point 3), one operation for the web's /sharing, the API and
/// `regie sector share`: off by default, revocable at once. The change is a write to the organisation's row, so the
/// DbContext audits it with the context's actor (the signed-in user, or the command line's user), and the board's
/// version (<see cref="BoardVersion"/>) changes with it.
/// </summary>
public static class BoardSharing
{
    /// <summary>The twelve provinces, as the sector picture names them.</summary>
    public static readonly IReadOnlyList<string> Provinces =
    [
        "Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg",
        "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ];

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

    /// <summary>
    /// Checks the input; on an error nothing is stored. Returns the errors by field (registerBoardNumber, province).
    /// <paramref name="sharesVendorAnswers"/>: whether the board's vendors' answers on the catalog's questions may go to the
    /// catalog (counted only while it shares); null leaves it as it is.
    /// </summary>
    public static async Task<Dictionary<string, string[]>> SetAsync(
        RegieDbContext db, Guid board, bool sharesWithSector, string? registerBoardNumber, string? province, TimeProvider time, CancellationToken ct,
        bool? sharesVendorAnswers = null)
    {
        var errors = new Dictionary<string, string[]>();
        var number = registerBoardNumber?.Trim();
        if (!string.IsNullOrEmpty(number) && (number.Length != 5 || !number.All(char.IsAsciiDigit)))
        {
            errors["registerBoardNumber"] = [$"Bestuursnummer (DUO): '{number}' is geen nummer van vijf cijfers."];
        }

        var known = ProvinceOf(province);
        if (!string.IsNullOrWhiteSpace(province) && known is null)
        {
            errors["province"] = [$"Provincie: '{province.Trim()}' is geen provincie; kies een van {string.Join(", ", Provinces)}."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == board, ct);
        if (organisation.SharesWithSector != sharesWithSector)
        {
            organisation.SharesWithSector = sharesWithSector;
            organisation.SharingChangedAt = time.GetUtcNow();
        }

        organisation.SharesVendorAnswers = sharesVendorAnswers ?? organisation.SharesVendorAnswers;
        organisation.RegisterBoardNumber = string.IsNullOrEmpty(number) ? null : number;
        organisation.Province = known;
        await db.SaveChangesAsync(ct);
        return errors;
    }
}
