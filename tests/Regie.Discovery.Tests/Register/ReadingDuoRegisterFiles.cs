using System.Text;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Discovery.Register;
using Regie.Tests.Support;

namespace Regie.Discovery.Tests.Register;

/// <summary>DUO's open-data files, in their real column format with fictional schools (tests/fixtures/duo), read into the register all or nothing.</summary>
public sealed class ReadingDuoRegisterFiles
{
    private static string Month(string month) => Path.Combine(TestFiles.Fixtures("duo"), month);

    public static DuoRegisterRead ReadFolder(string folder, DuoReadLimits? limits = null)
    {
        var streams = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), (Stream)File.OpenRead(f))).ToList();
        try
        {
            return DuoRegisterReader.Read([.. streams.Select(s => new DuoFile(s.Item1, s.Item2))], limits);
        }
        finally
        {
            streams.ForEach(s => s.Item2.Dispose());
        }
    }

    private static DuoRegisterRead ReadText(string name, string text, DuoReadLimits? limits = null) =>
        DuoRegisterReader.Read([new DuoFile(name, new MemoryStream(Encoding.UTF8.GetBytes(text)))], limits);

    [Fact]
    public void EveryFileIsRecognisedByItsHeader()
    {
        var read = ReadFolder(Month("2026-11"));

        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => ReasonText.Render(e))));
        Assert.Equal(
            [
                ("02-alle-vestigingen-vo.csv", DuoFileKind.AllLocations, 2), ("02-hoofdvestigingen-sbo-so-vso.csv", DuoFileKind.MainLocations, 1),
                ("03-alle-vestigingen-bo.csv", DuoFileKind.AllLocations, 4), ("03-leerlingen-vo-per-vestiging-en-bestuur.csv", DuoFileKind.Pupils, 3),
                ("05-adressen-schoolbesturen.csv", DuoFileKind.Boards, 3), ("06-leerlingen-per-schoolvestiging-po.csv", DuoFileKind.Pupils, 6),
            ],
            read.Files.Select(f => (f.Name, f.Kind, f.Rows)));
    }

    [Fact]
    public void BoardsAndSchoolsCarryNumberBrinSectorProvinceWebsiteAndPupils()
    {
        var register = ReadFolder(Month("2026-11")).Register!;

        Assert.Equal(["90001", "90002", "90003"], register.Boards.Select(b => b.BoardNumber));
        Assert.Equal(new RegisterBoard("90003", "Stichting Voortgezet Onderwijs Oefenstad", null, "OEFENSTAD", "https://www.google-school.test/"), register.Boards[2]);
        var schools = register.Schools.ToDictionary(s => s.Code);
        Assert.Equal(["91AA00", "91AA01", "92BB00", "92CC00", "93DD00", "94EE00", "94EE01"], schools.Keys);
        Assert.Equal(new RegisterSchool("91AA01", "91AA", "90001", "OBS De Eerste Steen, dependance", Sector.Po, false, "Noord-Holland", "TESTDAM", "www.m365-school.test", 100), schools["91AA01"]);
        // The so file says (V)SO; its main location gets the code BRIN + 00; pupils from the newest year column of the po file.
        Assert.Equal((Sector.So, true, 80), (schools["93DD00"].Sector, schools["93DD00"].IsMainLocation, schools["93DD00"].Pupils));
        // Vo: the file has an education structure; pupils are the sum of its rows per location (700 + 500).
        Assert.Equal((Sector.Vo, 1200), (schools["94EE00"].Sector, schools["94EE00"].Pupils));
    }

    [Fact]
    public void PupilRowsOfLocationsNotInTheRegisterAreCountedNotRefused() =>
        Assert.Equal(1, ReadFolder(Month("2026-11")).PupilRowsWithoutSchool); // 97ZZ00, closed

    [Fact]
    public void AFileNoDuoHeaderFitsIsRefusedNamingFileAndHeader()
    {
        var read = ReadFolder(Path.Combine(TestFiles.Fixtures("duo"), "broken"));

        Assert.Null(read.Register);
        Assert.Contains(new RegisterCellInvalid("05-adressen-schoolbesturen.csv", 3, "BEVOEGD GEZAG NUMMER", "9OOO2"), read.Errors);
        Assert.Contains(new RegisterFileNotRecognised("geen-duo-bestand.csv", "NAAM;ADRES;WOONPLAATS"), read.Errors);
        Assert.Equal("05-adressen-schoolbesturen.csv: regel 3, kolom BEVOEGD GEZAG NUMMER: '9OOO2' is geen geldige waarde.",
            ReasonText.Render(read.Errors.OfType<RegisterCellInvalid>().Single()));
    }

    [Fact]
    public void ARowWithTooFewCellsOrAnEmptyRequiredCellNamesItsLineAndColumn()
    {
        var read = ReadText("besturen.csv", "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM;INTERNETADRES\n90001;;a.nl\n90002;Stichting\n");

        Assert.Equal([new RegisterCellMissing("besturen.csv", 2, "BEVOEGD GEZAG NAAM"), new RegisterRowWrongWidth("besturen.csv", 3, 2, 3)], read.Errors);
    }

    [Fact]
    public void ASchoolOfABoardNoBoardFileListsIsRefused()
    {
        var boards = new DuoFile("besturen.csv", new MemoryStream("BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n90001;Stichting\n"u8.ToArray()));
        var schools = new DuoFile("vestigingen.csv", new MemoryStream(
            "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;INTERNETADRES\nUtrecht;90009;91AA;00;School;a.nl\n"u8.ToArray()));

        var read = DuoRegisterReader.Read([boards, schools]);

        Assert.Equal([new RegisterUnknownBoard("vestigingen.csv", 2, "BEVOEGD GEZAG NUMMER", "90009")], read.Errors);
    }

    [Fact]
    public void BoardsAloneAreNoRegister() =>
        Assert.Equal([new RegisterWithoutSchools()], ReadText("besturen.csv", "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n90001;Stichting\n").Errors);

    [Fact]
    public void AFileLongerThanTheLimitIsRefused()
    {
        var text = "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n" + string.Concat(Enumerable.Range(0, 11).Select(i => $"{90000 + i};Stichting {i}\n"));

        Assert.Equal([new RegisterFileTooManyRows("besturen.csv", 10)], ReadText("besturen.csv", text, new DuoReadLimits(MaxRows: 10)).Errors);
        Assert.Equal([new RegisterFileTooLarge("besturen.csv", 0)], ReadText("besturen.csv", text, new DuoReadLimits(MaxMegabytes: 0)).Errors);
    }

    [Fact]
    public void TheNextMonthComparedWithThisOneShowsRenamedClosedNewAndNewWebsites()
    {
        var november = ReadFolder(Month("2026-11")).Register!;
        var december = ReadFolder(Month("2026-12")).Register!;

        var changes = RegisterChanges.Compare(november, december);

        Assert.Equal(
            [
                new BoardOpened("90004", "Stichting Montessori Nieuwland"),
                new SchoolRenamed("92BB00", "CBS De Regenboog", "CBS De Zonnewijzer"),
                new SchoolWebsiteChanged("92CC00", "CBS Het Kompas", "proton-school.test", "www.m365-school.test"),
                new SchoolOpened("95FF00", "Montessorischool Nieuwland"),
                new SchoolClosed("91AA01", "OBS De Eerste Steen, dependance"),
            ],
            changes.Changes);
    }
}
