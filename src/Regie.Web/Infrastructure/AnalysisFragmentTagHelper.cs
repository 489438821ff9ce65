using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Regie.Web.Infrastructure;

/// <summary>
/// <c>&lt;analysis-fragment name="…"&gt;</c>: the part of a page drawn only from the board's analysis and the reader's language
/// is rendered once and kept with the analysis (<see cref="BoardAnalysis.RenderedAsync{T}"/>), so it is dropped with it when
/// the board's data, the knowledge, the weight profile or the day changes, and is never shared between boards. What it wraps
/// must not depend on the user or the role (no forms: their antiforgery token is the user's).
/// </summary>
[HtmlTargetElement("analysis-fragment")]
public sealed class AnalysisFragmentTagHelper(BoardAnalysis board, UiText text) : TagHelper
{
    /// <summary>The page and part, unique within the board's kept answers.</summary>
    public string Name { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var html = await board.RenderedAsync($"html:{Name}:{text.Language}",
            async () => (await output.GetChildContentAsync()).GetContent(), kept => kept.Length * 2L);
        output.Content.SetHtmlContent(html);
    }
}
