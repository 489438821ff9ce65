using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Privacy;
using static Regie.Core.Tests.Privacy.ProcessingRegisterWorld;

namespace Regie.Core.Tests.Privacy;

/// <summary>Generated fields say where they came from; the board's edits win and show as its own; bad input stores nothing.</summary>
public sealed class TheBoardsOwnFields
{
    private static readonly BoardEdit Edit = new("fg@school.nl", new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public void GeneratedFieldsSayWhereTheyCameFrom()
    {
        var record = Register(Service("Administratie", "eu-app", ["leerlingadministratie"], ["leerlinggegevens", "contact"]));

        Assert.Equal(RegisterOrigin.Landscape, record.DataCategories.Origin);
        Assert.Equal(["Leerlinggegevens", "Contact"], record.DataCategories.Value!.Select(c => c.Nl));
        Assert.Equal(RegisterOrigin.Derived, record.DataSubjects.Origin);
        Assert.Equal([DataSubject.Pupils, DataSubject.Parents], record.DataSubjects.Value);
        Assert.Equal(["Leerlinggegevens", "Leerlingadministratie"], Assert.IsType<SubjectsFollowFrom>(record.DataSubjects.Why).From.Select(f => f.Nl));
        Assert.Equal(["Leerlingadministratie"], record.Purposes.Value!.Select(p => p.Nl));
        Assert.Equal(RegisterOrigin.Catalog, record.Processor.Vendor.Origin);
        Assert.Equal("test", record.Processor.Vendor.Source);
    }

    [Fact]
    public void WhatNothingSaysStaysUnknown()
    {
        var record = Register(Service("Lessen", "eu-app", ["lesgeven"], ["contact"]));

        Assert.Equal(RegisterOrigin.Unknown, record.DataSubjects.Origin);
        Assert.IsType<NoSubjectsDerivable>(record.DataSubjects.Why);
        Assert.IsType<RetentionNotKnown>(record.Retention.Why);
        Assert.IsType<LegalBasisNotDerived>(record.LegalBasis.Why);
        Assert.Equal([RegisterFieldName.DataSubjects, RegisterFieldName.LegalBasis, RegisterFieldName.Retention], record.UnknownFields);
    }

    [Fact]
    public void TheBoardsEditsWinAndShowAsItsOwn()
    {
        var service = Service("Administratie", "eu-app", ["leerlingadministratie"], ["leerlinggegevens"]);
        var (edit, problems) = ProcessingRecordRules.Read(service.Id,
            new ProcessingRecordInput("Leerlingen inschrijven", ["medewerkers", "leerlingen"], "algemeen-belang", "Tot 2 jaar na uitschrijving", null), Edit);
        Assert.Empty(problems);

        var record = ProcessingRegister.Build(Board([service]), World, [edit!]).Single();

        Assert.Equal((RegisterOrigin.Board, "Leerlingen inschrijven", Edit), (record.Purposes.Origin, record.Purposes.Value!.Single().Nl, record.Purposes.Edit));
        Assert.Equal([DataSubject.Pupils, DataSubject.Staff], record.DataSubjects.Value);
        Assert.Equal(RegisterOrigin.Board, record.DataSubjects.Origin);
        Assert.Equal(LegalBasis.PublicTask, record.LegalBasis.Value);
        Assert.Equal(("Tot 2 jaar na uitschrijving", "fg@school.nl"), (record.Retention.Value, record.Retention.Edit?.By));
        Assert.Equal(RegisterOrigin.Unknown, record.Notes.Origin);
        Assert.Equal(RegisterOrigin.Landscape, record.DataCategories.Origin);
    }

    [Theory]
    [InlineData("purpose", RegisterFieldName.Purpose)]
    [InlineData("retention", RegisterFieldName.Retention)]
    [InlineData("notes", RegisterFieldName.Notes)]
    public void TooLongOrHiddenTextIsRefusedNamingTheField(string field, RegisterFieldName name)
    {
        ProcessingRecordInput With(string text) => field switch
        {
            "purpose" => new(text, null, null, null, null),
            "retention" => new(null, null, null, text, null),
            _ => new(null, null, null, null, text),
        };

        var (tooLong, longProblems) = ProcessingRecordRules.Read(new ServiceId(Guid.NewGuid()), With(new string('x', 5000)), Edit);
        var (hidden, hiddenProblems) = ProcessingRecordRules.Read(new ServiceId(Guid.NewGuid()), With("Magister\u202Egnp.exe"), Edit);
        var (nul, nulProblems) = ProcessingRecordRules.Read(new ServiceId(Guid.NewGuid()), With("a\0b"), Edit);

        Assert.Null(tooLong);
        Assert.Null(hidden);
        Assert.Null(nul);
        Assert.Equal(name, Assert.Single(longProblems).Field);
        Assert.IsType<RegisterTextTooLong>(longProblems[0].Why);
        Assert.IsType<RegisterTextHasHiddenCharacters>(Assert.Single(hiddenProblems).Why);
        Assert.IsType<RegisterTextHasHiddenCharacters>(Assert.Single(nulProblems).Why);
        Assert.Contains($"'{Core.Explaining.ReasonText.FieldName(name, Core.Explaining.ReasonText.Dutch)}'", Core.Explaining.ReasonText.Render(longProblems[0].Why));
    }

    [Fact]
    public void LineBreaksAreAllowedInNotes()
    {
        var (edit, problems) = ProcessingRecordRules.Read(new ServiceId(Guid.NewGuid()), new(null, null, null, null, "regel 1\r\nregel 2\tmet tab"), Edit);

        Assert.Empty(problems);
        Assert.Equal("regel 1\nregel 2\tmet tab", edit!.Notes);
    }

    [Fact]
    public void AnUnknownCategoryKeyOrBasisIsRefused()
    {
        var (edit, problems) = ProcessingRecordRules.Read(new ServiceId(Guid.NewGuid()), new(null, ["leerlingen", "katten"], "willekeur", null, null), Edit);

        Assert.Null(edit);
        Assert.Equal([RegisterFieldName.DataSubjects, RegisterFieldName.LegalBasis], problems.Select(p => p.Field));
        Assert.Equal(new UnknownDataSubject("katten"), problems[0].Why);
        Assert.StartsWith("Het veld 'categorieën betrokkenen': 'katten'", Core.Explaining.ReasonText.Render(problems[0].Why));
    }

    [Fact]
    public void TheShippedDataNamesSubjectsForPupilDataAndParentCommunication()
    {
        var shipped = ShippedData.Knowledge;

        Assert.Equal([DataSubject.Pupils], shipped.DataCategoryById["leerlinggegevens"].Subjects);
        Assert.Equal([DataSubject.Parents], shipped.ProcessSubjects["communicatie-met-ouders"]);
        Assert.Empty(shipped.DataCategoryById["contactgegevens"].Subjects);
    }
}
