using System.Text;

namespace Regie.Core.Exporting;

/// <summary>
/// Text inside a Markdown document as text: a board's or vendor's words never become markup. Markdown viewers (GitHub,
/// Teams, most editors) render inline HTML, links and emphasis, so a tender named "&lt;i&gt;x&lt;/i&gt;" would turn italic or
/// worse. CommonMark makes any backslash-escaped ASCII punctuation literal; these are the characters that start markup
/// inside a line (and '#', which would close a heading: "Toetsplatform #" lost its " #"), and a line break would end a
/// table row or start a block.
/// </summary>
public static class MarkdownText
{
    private const string Markup = "\\`*_[]<>&|~#";

    /// <summary>The text on one line, every markup character escaped.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if (Markup.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
