namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The pager under long tables ("Vorige" and "Volgende" are the audit log's words, shared).
    private static Dictionary<string, string> PagingWords => new()
    {
        ["Pagina's"] = "Pages",
        ["{0}–{1} van {2}"] = "{0}–{1} of {2}",
    };
}
