using Regie.Core.Common;

namespace Regie.Core.Privacy;

/// <summary>What the board typed for one service's record, as the form and the API send it; blank means "not overridden".</summary>
public sealed record ProcessingRecordInput(string? Purpose, IReadOnlyList<string>? DataSubjects, string? LegalBasis, string? Retention, string? Notes);

/// <summary>One problem of the input, naming its field; nothing is stored while there is one.</summary>
public sealed record ProcessingInputProblem(RegisterFieldName Field, ProcessingRegisterReason Why);

/// <summary>The fields the board may set, read all or nothing with the rules every input follows (<see cref="InputRules"/>).</summary>
public static class ProcessingRecordRules
{
    public const int MaxPurpose = 1000, MaxRetention = 500, MaxNotes = 4000;

    /// <summary>The override to store, or the problems; an input with every field blank gives an empty override (back to what Regie generates).</summary>
    public static (ProcessingOverride? Override, IReadOnlyList<ProcessingInputProblem> Problems) Read(
        Landscape.ServiceId service, ProcessingRecordInput input, BoardEdit edit)
    {
        var problems = new List<ProcessingInputProblem>();
        var purpose = Text(RegisterFieldName.Purpose, input.Purpose, MaxPurpose, problems);
        var retention = Text(RegisterFieldName.Retention, input.Retention, MaxRetention, problems);
        var notes = Text(RegisterFieldName.Notes, input.Notes, MaxNotes, problems);

        List<DataSubject>? subjects = null;
        foreach (var key in (input.DataSubjects ?? []).Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            if (RegisterKeys.Subject(key) is { } subject)
            {
                subjects ??= [];
                if (!subjects.Contains(subject))
                {
                    subjects.Add(subject);
                }
            }
            else
            {
                problems.Add(new(RegisterFieldName.DataSubjects, new UnknownDataSubject(Shorten(key))));
            }
        }

        LegalBasis? basis = null;
        if (!string.IsNullOrWhiteSpace(input.LegalBasis))
        {
            basis = RegisterKeys.Basis(input.LegalBasis);
            if (basis is null)
            {
                problems.Add(new(RegisterFieldName.LegalBasis, new UnknownLegalBasis(Shorten(input.LegalBasis))));
            }
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ProcessingOverride(service, purpose, subjects?.Order().ToList(), basis, retention, notes, edit), []);
    }

    private static string? Text(RegisterFieldName field, string? text, int max, List<ProcessingInputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        // Line breaks and tabs are allowed in these free texts; every other hidden character is not.
        if (InputRules.HasHiddenCharacters(trimmed.Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal)))
        {
            problems.Add(new(field, new RegisterTextHasHiddenCharacters(field)));
            return null;
        }

        if (trimmed.Length > max)
        {
            problems.Add(new(field, new RegisterTextTooLong(field, max)));
            return null;
        }

        return trimmed;
    }

    // A wrong key is echoed in the message; never a page of it, and never its hidden characters.
    private static string Shorten(string key)
    {
        var clean = new string([.. key.Trim().Where(c => !InputRules.HasHiddenCharacters(c.ToString()))]);
        return clean.Length > 40 ? clean[..40] + "…" : clean;
    }
}
