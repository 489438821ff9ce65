using System.Globalization;
using System.Text;

namespace Regie.Core.Common;

/// <summary>Keys for the board's own parties, made from their names.</summary>
public static class PartyKey
{
    /// <summary>
    /// The key for a name: lower case, accents dropped, "B.V." as "bv", anything else that is not a letter or digit a
    /// hyphen — the catalog's id form (data/catalog/SCHEMA.md). Null when the name has no letter or digit.
    /// </summary>
    public static string? Of(string? name)
    {
        var key = new StringBuilder();
        foreach (var c in (name ?? "").Trim().Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                key.Append(c);
            }
            else if (c is '.' or '\'' or '’' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        var slug = key.ToString(0, Math.Min(key.Length, 80)).TrimEnd('-');
        return slug.Length == 0 ? null : slug;
    }
}
