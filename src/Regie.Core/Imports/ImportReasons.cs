using Regie.Core.Explaining;

namespace Regie.Core.Imports;

// What an import says about a file, a row, a cell or a JSON path, rendered in Explaining/ReasonText.Imports.cs. The place
// (file, row, column, path) is on the ImportIssue; the reason carries what was found there.

/// <summary>What a JSON value turned out to be, or was expected to be.</summary>
public enum JsonShape { Object, List, Text, Number, Boolean, Null, Nothing }

// The file as a whole.
public sealed record FileEmpty : ImportReason;

/// <summary>The file has its header but no row: nothing to read, and nothing that could stand for the board's services.</summary>
public sealed record NoRows : ImportReason;

public sealed record NotATextFile : ImportReason;

public sealed record NotAnExcelFile : ImportReason;

public sealed record InventoryIsCsvOrXlsx : ImportReason;

/// <summary>The file is larger than <see cref="ImportLimits.MaxBytes"/>; refused before reading.</summary>
public sealed record FileTooLarge(int MaxBytes) : ImportReason;

/// <summary>The file holds more rows or entries than <see cref="ImportLimits.MaxRows"/>; reading stopped there.</summary>
public sealed record TooManyRows(int MaxRows) : ImportReason;

/// <summary>The database refused to store the import (nothing was stored); <see cref="Detail"/> is the database's own message.</summary>
public sealed record NotStored(string Detail) : ImportReason;

/// <summary>The board changed between the preview the user confirmed and the import; nothing was stored, the new preview shows why.</summary>
public sealed record BoardChangedSincePreview : ImportReason;

/// <summary>Another import or edit stored a service of this name at the same moment; nothing of this file was stored.</summary>
public sealed record ServiceNameTakenMeanwhile(string Service) : ImportReason;

/// <summary>The file is not UTF-8; <see cref="Byte"/> counts from 1.</summary>
public sealed record NotUtf8(int Byte) : ImportReason;

/// <summary>The file is not JSON; the line and position count from 1 when the parser knows them.</summary>
public sealed record NotJson(int? Line, int? Position) : ImportReason;

// The header row of a spreadsheet or console export.
public sealed record UnknownColumn(IReadOnlyList<string> Known) : ImportReason;

public sealed record ColumnTwice(string Column) : ImportReason;

public sealed record NameColumnMissing : ImportReason;

public sealed record EntraNameColumnMissing : ImportReason;

public sealed record GoogleNameColumnMissing : ImportReason;

/// <summary>A value stands in a column without a header; <see cref="ColumnNumber"/> counts from 1.</summary>
public sealed record ValueInUnnamedColumn(int ColumnNumber) : ImportReason;

public sealed record QuotesDoNotMatch : ImportReason;

// One cell.
public sealed record NameMissing : ImportReason;

public sealed record NameTooLong(int MaxCharacters) : ImportReason;

public sealed record NameHasControlCharacters : ImportReason;

public sealed record NotANumber(string Value) : ImportReason;

public sealed record NegativeValue(string Value) : ImportReason;

/// <summary>A count above <see cref="Common.InputRules.MaxCount"/>.</summary>
public sealed record CountOutOfRange(string Value, int Max) : ImportReason;

/// <summary>An amount above <see cref="Common.InputRules.MaxAmount"/> euro.</summary>
public sealed record AmountOutOfRange(string Value, decimal Max) : ImportReason;

public sealed record NotAnAmount(string Value) : ImportReason;

public sealed record NotADate(string Value) : ImportReason;

public sealed record NotYesOrNo(string Value) : ImportReason;

public sealed record NotAStatus(string Value) : ImportReason;

public sealed record NotADataLocation(string Value) : ImportReason;

public sealed record NotAUserCount(string Value) : ImportReason;

// A row checked against the catalog, the board and the rest of the file.
public sealed record ProductNotInCatalog(string CatalogId) : ImportReason;

public sealed record UnknownProcess(string Value, IReadOnlyList<string> Choices) : ImportReason;

public sealed record UnknownDataCategory(string Value, IReadOnlyList<string> Choices) : ImportReason;

public sealed record UnknownVendor(string Value) : ImportReason;

public sealed record UnknownHostingProvider(string Value, IReadOnlyList<string> Choices) : ImportReason;

public sealed record DependencyNotFound(string Target) : ImportReason;

public sealed record DependsOnItself : ImportReason;

// A JSON file (CycloneDX, DAAF).
public sealed record RequiredFieldMissing : ImportReason;

public sealed record WrongJsonType(JsonShape Expected, JsonShape Found) : ImportReason;

public sealed record NotACycloneDxBom(JsonShape Found) : ImportReason;

public sealed record NotAServiceEntry(JsonShape Found) : ImportReason;

public sealed record NotCycloneDx(string Format) : ImportReason;

public sealed record UnknownSpecVersion(string Version) : ImportReason;

public sealed record NotASerialNumber(string Serial) : ImportReason;

public sealed record BomRefTwice(string BomRef, string OtherPath) : ImportReason;

public sealed record NotAFlow(string Flow, IReadOnlyList<string> Choices) : ImportReason;

public sealed record CatalogIdNotFound(string CatalogId) : ImportReason;

public sealed record VendorNotInCatalog(string Vendor) : ImportReason;

public sealed record UnknownDataClassification(string Classification) : ImportReason;

/// <summary>The name resembles a catalog product too weakly to join it (an unsure match): the row stays the board's own service.</summary>
public sealed record MightBeProduct(string Name, string ProductId, string ProductName, double Score) : ImportReason;

public sealed record NotADaafExport(JsonShape Found) : ImportReason;

public sealed record NotADaafApplication(JsonShape Found) : ImportReason;

public sealed record NotADaafVersion(string Version) : ImportReason;

public sealed record NotADaafMode(string Mode) : ImportReason;

public sealed record NotADaafIndicator(string Indicator, IReadOnlyList<string> Known) : ImportReason;

public sealed record DaafScoreOutOfRange(string Value) : ImportReason;

public sealed record DaafWeightOutOfRange(string Value) : ImportReason;

/// <summary>The score in a DAAF file differs from DAAF's own calculation; <see cref="Computed"/> is null when the answers are incomplete.</summary>
public sealed record DaafScoreDiffers(double Stated, double? Computed) : ImportReason;

// What became of a row.
public sealed record JoinedExistingService(string Service) : ImportReason;

/// <summary>An inventory row for a service the board already has: joined, its fields left as they are (updating is a later step).</summary>
/// <summary>The row names a registered service and changes <see cref="Fields"/> of its fields (listed with the row).</summary>
public sealed record ExistingServiceUpdated(string Service, int Fields) : ImportReason;

public sealed record ExistingServiceUnchanged(string Service) : ImportReason;

/// <summary>A row for the same service (same name or catalog product) as an earlier row of the file: merged into it.</summary>
public sealed record MergedWithEarlierRow(string Service, int? FirstRow, string FirstPlace) : ImportReason;

public sealed record NewServiceNotRecognised : ImportReason;

public sealed record NewServiceRecognised(string Product) : ImportReason;

public sealed record ManagedIdentitySkipped : ImportReason;

public sealed record MicrosoftOwnApplicationSkipped : ImportReason;

public sealed record BlockedAppSkipped : ImportReason;

// What an import added besides the rows' own services.
/// <summary>A vendor the catalog lacks became the board's own company (a warning, not a refusal).</summary>
public sealed record VendorAddedAsOwnParty(string Vendor) : ImportReason;

/// <summary>A hosting provider the catalog lacks became the board's own hosting provider (a warning, not a refusal).</summary>
public sealed record HostingProviderAddedAsOwnParty(string Provider) : ImportReason;

/// <summary>The service the export's apps sign in through was not on the board yet and was added from the catalog.</summary>
public sealed record SignInServiceAdded(string Service) : ImportReason;

// An ArchiMate Model Exchange File (XML). The line counts from 1; ElementId is the identifier of the element or
// relationship the problem is in, when there is one.

/// <summary>The file is not well-formed XML, or declares a DTD (never read, so no entity can reach outside the file).</summary>
public sealed record NotXml(int Line, int Position) : ImportReason;

/// <summary>The root element is not The Open Group's &lt;model&gt; in the ArchiMate 3 namespace.</summary>
public sealed record NotAnArchiMateModel(string Root) : ImportReason;

/// <summary>The file breaks The Open Group's exchange-format schema; <see cref="Detail"/> is the validator's own words.</summary>
public sealed record NotValidArchiMate(int Line, string? ElementId, string Detail) : ImportReason;

/// <summary>An element of a type Regie has no place for (a DataObject, a Requirement, …): listed, not read.</summary>
public sealed record ArchiMateElementNotPlaced(string ElementId, string Type, string Name, int Line) : ImportReason;

/// <summary>A business process whose name is none of the board's processes: listed, not read.</summary>
public sealed record ArchiMateProcessNotOnBoard(string ElementId, string Name, int Line) : ImportReason;

/// <summary>A service's name is empty, longer than <see cref="MaxCharacters"/> or holds control characters: refused.</summary>
public sealed record ArchiMateNameRefused(string ElementId, int Line, int MaxCharacters) : ImportReason;

/// <summary>Relationships between elements Regie does not place, or of a kind Regie keeps no edge for: counted, not read.</summary>
public sealed record ArchiMateRelationshipsNotPlaced(int Count) : ImportReason;
