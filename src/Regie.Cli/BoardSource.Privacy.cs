using System.Globalization;
using Regie.Cli.Remote;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using Regie.Core.PublicValues;
using Regie.Core.Scoring;
using Regie.Data;

namespace Regie.Cli;

// The privacy officer's lists (DPIA and KIA registers, processing register) and the public-values assessments, from the
// local database or a server. Both give the same shapes below, so `regie dpia`, `kia`, `register` and `assess` print the
// same bytes whichever answers.

/// <summary>The DPIA or KIA register as the command prints it: the board's name and the register (entries, overdue, risks without measure).</summary>
internal sealed record ImpactRegisterView(string BoardName, ImpactRegister Register);

/// <summary>One record of the processing register as the terminal shows it; the files hold every column (ListExports.ProcessingRegister).</summary>
internal sealed record RegisterLine(string Service, string? DataSubjects, string Processor, TransferStatus Transfer, IReadOnlyList<string> Transfers, int Unknown)
{
    public static RegisterLine From(ProcessingRecord r, CultureInfo culture) => new(
        r.ServiceName,
        r.DataSubjects.IsKnown ? string.Join(", ", r.DataSubjects.Value!.Select(s => ReasonText.SubjectName(s, culture))) : null,
        ProcessingRegisterSummary.ProcessorName(r) ?? ReasonText.OriginName(RegisterOrigin.Unknown, culture), r.Transfers.Status,
        [.. r.Transfers.Transfers.Select(t => ReasonText.Render(t, culture))], r.UnknownFields.Count);
}

/// <summary>The lines shown and the summary of the whole register (every record, also with --outside-eea).</summary>
internal sealed record RegisterLines(IReadOnlyList<RegisterLine> Lines, ProcessingRegisterSummary Summary);

/// <summary>
/// Public-values assessments as `regie assess` prints them: the model's version, source and values, the assessments shown
/// (answers only for `show`), and the comparison's reasons (only for `compare`). The option's fields carry the API's names
/// (AssessmentDto), so a server's answer reads straight into them.
/// </summary>
internal sealed record ValuesView(string ModelVersion, string ModelSource, IReadOnlyList<ValueHeading> Values, IReadOnlyList<ValuesOption> Shown, IReadOnlyList<ReasonDocument> Why);

internal sealed record ValueHeading(string Id, string Name);

internal sealed record ValuesOption(
    Guid Id, string SubjectKind, string SubjectKey, string SubjectName, double? Total, int Max, double UnknownShare, IReadOnlyList<string> LeftOut,
    IReadOnlyList<ValuesOptionValue> Values, ValuesSovereignty Sovereignty, IReadOnlyList<ReasonDocument> Why)
{
    public double? MeanOf(string valueId) => Values.FirstOrDefault(v => v.Id == valueId)?.Mean;

    public static ValuesOption From(StoredValueAssessment s, CultureInfo culture, bool withAnswers)
    {
        var language = culture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
        var r = s.Result;
        return new(
            s.Entity.Id, s.Entity.SubjectKind.ToString().ToLowerInvariant(), s.Entity.SubjectKey, s.Entity.SubjectName, r.Total, r.Max, r.UnknownShare,
            [.. r.LeftOut.Select(v => v.Id)],
            [.. r.Values.Select(v => new ValuesOptionValue(v.Value.Id, v.Value.Name.In(language), v.Weight, v.Mean, withAnswers
                ? [.. v.Answers.Select(a => new ValuesAnswer(a.Question.Id, a.Score, a.Origin.ToString().ToLowerInvariant(), a.Given?.Evidence, a.Given?.Assessor, a.Given?.Date,
                    a.Prefilled is { } p ? new ValuesPrefill(p.Score, ReasonDocument.From(p.Why, culture), p.Source) : null))]
                : null))],
            new ValuesSovereignty(s.Sovereignty.Score, s.Sovereignty.Seal), [.. r.Why.Select(w => ReasonDocument.From(w, culture))]);
    }
}

internal sealed record ValuesOptionValue(string Id, string Name, double Weight, double? Mean, IReadOnlyList<ValuesAnswer>? Answers);

internal sealed record ValuesAnswer(string Id, int? Score, string Origin, string? Evidence, string? Assessor, DateOnly? Date, ValuesPrefill? Prefilled);

internal sealed record ValuesPrefill(int? Score, ReasonDocument Why, string? Source);

internal sealed record ValuesSovereignty(double? Score, int? Seal);

/// <summary>What `regie assess` asked for: every assessment, one (<c>show</c>) or two or more side by side (<c>compare</c>).</summary>
internal sealed record ValuesRequest(IReadOnlyList<string> Ids, bool Compare)
{
    public bool WithAnswers => Ids.Count > 0 && !Compare;

    /// <summary>The asked ids among the board's, in the order asked; the same Dutch message locally and remotely for an id the board does not have.</summary>
    public IReadOnlyList<Guid> Resolve(IReadOnlyList<Guid> known, string boardName)
    {
        var chosen = new List<Guid>();
        foreach (var text in Ids)
        {
            if (!Guid.TryParse(text, out var id) || !known.Contains(id))
            {
                throw new UserError($"Beoordeling '{text}' bestaat niet bij {boardName}. " +
                    (known.Count == 0 ? "Dit bestuur heeft nog geen beoordelingen." : $"Bekend: {string.Join(", ", known)}."));
            }

            chosen.Add(id);
        }

        if (Compare && chosen.Distinct().Count() < 2)
        {
            throw UserError.Usage("compare: noem minstens twee verschillende beoordelingen.");
        }

        return chosen;
    }
}

internal sealed partial class LocalBoardSource
{
    public async Task<ImpactRegisterView> ImpactRegisterAsync(ImpactKind kind, bool overdueOnly, CancellationToken ct)
    {
        var (knowledge, board) = await cli.LoadKnowledgeAndOpenBoardAsync(parse, ct);
        await using var _ = board;
        var today = DateOnly.FromDateTime(cli.Time.GetUtcNow().UtcDateTime);
        var details = await ImpactAssessmentQueries.DetailsAsync(board.Db, kind, ct);
        var register = ImpactAssessments.Build(board.Landscape.Services, kind, details, knowledge.Catalog.For(board.Landscape), knowledge.SectorDpias, today);
        return new(board.Organisation.Name, overdueOnly ? register with { Entries = [.. register.Entries.Where(e => e.Overdue)] } : register);
    }

    public async Task<RegisterLines> ProcessingRegisterLinesAsync(bool outsideEea, CultureInfo culture, CancellationToken ct)
    {
        var records = await ProcessingRecordsAsync(ct);
        return new([.. (outsideEea ? ProcessingRegister.OutsideEea(records) : records).Select(r => RegisterLine.From(r, culture))], ProcessingRegisterSummary.Of(records));
    }

    public async Task<ExportTable> ProcessingRegisterTableAsync(bool outsideEea, CultureInfo culture, CancellationToken ct)
    {
        var records = await ProcessingRecordsAsync(ct);
        return ListExports.ProcessingRegister(outsideEea ? ProcessingRegister.OutsideEea(records) : records, culture);
    }

    private async Task<IReadOnlyList<ProcessingRecord>> ProcessingRecordsAsync(CancellationToken ct)
    {
        var knowledge = await cli.LoadKnowledgeAsync(parse);
        await using var board = await cli.OpenBoardAsync(parse, ct);
        return await board.Db.LoadProcessingRegisterAsync(board.Landscape, knowledge, ct);
    }

    public async Task<ValuesView> PublicValuesAsync(ValuesRequest request, CultureInfo culture, CancellationToken ct)
    {
        var (knowledge, board) = await cli.LoadKnowledgeAndOpenBoardAsync(parse, ct);
        await using var _ = board;
        // Sovereignty beside the values with the board's own weight profile, as the server computes it.
        var assessment = BoardAssessor.Assess(board.Landscape, knowledge, knowledge.Model.StoredProfileOrDefault(board.Organisation.WeightProfile));
        var all = await board.Db.LoadValueAssessmentsAsync(board.Landscape, knowledge, ct, assessment);
        var chosen = request.Resolve([.. all.Select(a => a.Entity.Id)], board.Organisation.Name);
        var shown = request.Ids.Count == 0 ? all : [.. chosen.Select(id => all.First(a => a.Entity.Id == id))];
        var model = knowledge.PublicValues;
        var language = culture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
        var why = request.Compare ? ValuesComparison.Of(model, [.. shown.Select(s => new ComparedOption(s.Result, s.Sovereignty))]).Why : [];
        return new(model.Version, model.Source, [.. model.Values.Select(v => new ValueHeading(v.Id, v.Name.In(language)))],
            [.. shown.Select(s => ValuesOption.From(s, culture, request.WithAnswers))], [.. why.Select(w => ReasonDocument.From(w, culture))]);
    }
}

internal sealed partial class RemoteBoardSource
{
    public async Task<ImpactRegisterView> ImpactRegisterAsync(ImpactKind kind, bool overdueOnly, CancellationToken ct)
    {
        var command = kind == ImpactKind.Dpia ? "dpia" : "kia";
        var (_, entries) = await AllPagesAsync<RemoteImpactRegister, RemoteImpactEntry>(
            $"impact-assessments/{command}?overdue={(overdueOnly ? "true" : "false")}", command, ReasonText.Dutch.Name, r => r.Entries, ct);
        return new(await BoardNameAsync(command, ct), new ImpactRegister(kind, [.. entries.Select(e => e.ToEntry())]));
    }

    public async Task<RegisterLines> ProcessingRegisterLinesAsync(bool outsideEea, CultureInfo culture, CancellationToken ct)
    {
        var (first, records) = await AllPagesAsync<RemoteRegister, RemoteRecord>(
            $"processing-register?outsideEea={(outsideEea ? "true" : "false")}", "register", culture.Name, r => r.Records, ct);
        return new([.. records.Select(r => r.ToLine(culture))], first.Summary);
    }

    public async Task<ExportTable> ProcessingRegisterTableAsync(bool outsideEea, CultureInfo culture, CancellationToken ct)
    {
        // The export's JSON holds every cell typed and invariant; the columns (headers, kinds) are the core's, as on the server.
        var rows = await server.GetAsync<List<Dictionary<string, System.Text.Json.JsonElement>>>(
            $"exports/processing-register?format=json&outsideEea={(outsideEea ? "true" : "false")}", "register", culture.Name, ct);
        return RemoteTables.Read(ListExports.ProcessingRegister([], culture), rows, server.Address);
    }

    public async Task<ValuesView> PublicValuesAsync(ValuesRequest request, CultureInfo culture, CancellationToken ct)
    {
        const string command = "assess";
        var model = await server.GetAsync<RemoteModel>("values/model", command, culture.Name, ct);
        var all = await server.GetAsync<List<ValuesOption>>("values/assessments", command, culture.Name, ct);
        var chosen = request.Ids.Count == 0 ? [] : request.Resolve([.. all.Select(a => a.Id)], await BoardNameAsync(command, ct));
        IReadOnlyList<ValuesOption> shown = all;
        IReadOnlyList<ReasonDocument> why = [];
        if (request.Compare)
        {
            var comparison = await server.GetAsync<RemoteComparison>("values/compare?" + string.Join('&', chosen.Select(id => "ids=" + id)), command, culture.Name, ct);
            (shown, why) = (comparison.Options, comparison.Why);
        }
        else if (request.WithAnswers)
        {
            shown = [await server.GetAsync<ValuesOption>($"values/assessments/{chosen[0]}", command, culture.Name, ct)];
        }

        return new(model.Version, model.Source, [.. model.Values.Select(v => new ValueHeading(v.Id, v.Name))], shown, why);
    }

    private async Task<string> BoardNameAsync(string command, CancellationToken ct) =>
        (await server.GetAsync<List<RemoteBoard>>("organisations", command, ReasonText.Dutch.Name, ct)).FirstOrDefault()?.Name ?? server.Address.Host;

    private sealed record RemoteModel(string Version, string Source, IReadOnlyList<ValueHeading> Values);

    private sealed record RemoteComparison(IReadOnlyList<ValuesOption> Options, IReadOnlyList<ReasonDocument> Why);

    /// <summary>The parts of the API's DPIA/KIA register (ImpactRegisterDto) its table and summary read.</summary>
    private sealed record RemoteImpactRegister(IReadOnlyList<RemoteImpactEntry> Entries);

    private sealed record RemoteImpactEntry(
        Guid ServiceId, string Service, string? ProductId, ImpactKind Kind, AssessmentStatus Status, DateOnly? PerformedOn, ImpactOutcome Outcome,
        IReadOnlyList<HighRisk> Risks, DateOnly? ReviewOn, string? SectorDpiaId, string? Notes, bool Overdue, bool ReviewDateMissing,
        IReadOnlyList<SectorDpia> SectorDpias)
    {
        // The reasons stay behind: the register's table and summary do not print them (the web page does).
        public ImpactRegisterEntry ToEntry() => new(
            new ServiceId(ServiceId), Service, ProductId, Kind, Status, new ImpactAssessmentDetails(PerformedOn, Outcome, Risks, ReviewOn, SectorDpiaId, Notes),
            Overdue, ReviewDateMissing, SectorDpias, []);
    }

    /// <summary>The parts of the API's processing register (ProcessingRegisterDto) the terminal's table reads.</summary>
    private sealed record RemoteRegister(ProcessingRegisterSummary Summary, IReadOnlyList<RemoteRecord> Records);

    private sealed record RemoteRecord(
        string Service, RemoteField DataSubjects, RemoteProcessor Processor, TransferStatus TransferStatus, IReadOnlyList<RemoteTransfer> Transfers, IReadOnlyList<string> Unknown)
    {
        public RegisterLine ToLine(CultureInfo culture) => new(
            Service, DataSubjects.Text, Processor.UltimateParent?.Name ?? Processor.Vendor?.Name ?? Service, TransferStatus,
            [.. Transfers.Select(t => ReasonText.WithFact(t.Why.Text, t.Source, t.Checked, culture))], Unknown.Count);
    }

    private sealed record RemoteField(string? Text);

    private sealed record RemoteProcessor(RemoteParty? Vendor, RemoteParty? UltimateParent);

    private sealed record RemoteParty(string Name);

    private sealed record RemoteTransfer(ReasonDocument Why, string? Source, DateOnly? Checked);
}
