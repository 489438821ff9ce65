using System.CommandLine;
using System.Globalization;
using Regie.Core.Explaining;

namespace Regie.Cli;

/// <summary>
/// The `--language nl|en` option of the commands that explain (score, discover). The command line itself speaks Dutch;
/// the option chooses the language of the explanations and the number format they and the numbers beside them use.
/// </summary>
internal static class CliLanguage
{
    public static Option<string> Create(string description)
    {
        var language = new Option<string>("--language") { Description = description, DefaultValueFactory = _ => "nl" };
        language.AcceptOnlyFromAmong("nl", "en");
        return language;
    }

    /// <summary>nl-NL (decimal comma) unless the reader asked for English.</summary>
    public static CultureInfo Culture(ParseResult parse, Option<string> language) =>
        parse.GetValue(language) == "en" ? ReasonText.English : ReasonText.Dutch;
}
