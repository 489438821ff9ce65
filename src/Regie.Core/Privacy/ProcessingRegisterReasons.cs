using Regie.Core.Common;
using Regie.Core.Explaining;

namespace Regie.Core.Privacy;

// Where each field of the processing register came from, what is not known, each transfer outside the EU/EEA with what it
// rests on, and the problems of the board's input; rendered in Explaining/ReasonText.ProcessingRegister.cs.
public abstract record ProcessingRegisterReason : Reason;

public sealed record DataCategoriesOfService : ProcessingRegisterReason;

public sealed record NoDataCategoriesRecorded : ProcessingRegisterReason;

/// <summary>The data subjects follow from the data categories and processes in <paramref name="From"/> (data/data-categories.yaml, data/processes.yaml).</summary>
public sealed record SubjectsFollowFrom(IReadOnlyList<LocalizedText> From) : ProcessingRegisterReason;

public sealed record NoSubjectsDerivable : ProcessingRegisterReason;

public sealed record PurposesFromProcesses : ProcessingRegisterReason;

public sealed record NoProcessesRecorded : ProcessingRegisterReason;

/// <summary>The lawful basis is a legal choice of the board; Regie never derives it.</summary>
public sealed record LegalBasisNotDerived : ProcessingRegisterReason;

public sealed record RetentionNotKnown : ProcessingRegisterReason;

public sealed record NoNotes : ProcessingRegisterReason;

/// <summary>The board set this field itself; who and when are in the field's edit.</summary>
public sealed record SetByBoard : ProcessingRegisterReason;

public sealed record ProcessorOfService(string Vendor) : ProcessingRegisterReason;

public sealed record ProcessorUnknown : ProcessingRegisterReason;

public sealed record DataStoredOutsideEea : ProcessingRegisterReason;

/// <summary>The processor, or the company that controls it, is established outside the EU/EEA; <paramref name="AccessLaw"/>: a law there can compel access.</summary>
public sealed record ProcessorControlledOutsideEea(string Vendor, string Controller, LocalizedText Country, bool AccessLaw) : ProcessingRegisterReason;

public sealed record HostingControlledOutsideEea(LocalizedText Provider, string Controller, LocalizedText Country, bool AccessLaw) : ProcessingRegisterReason;

public sealed record SubProcessorOutsideEea(string SubProcessor, LocalizedText Country) : ProcessingRegisterReason;

public sealed record DataLocationUnknown : ProcessingRegisterReason;

public sealed record ProcessorControlUnknown(string Vendor) : ProcessingRegisterReason;

public sealed record HostingUnknown : ProcessingRegisterReason;

public sealed record HostingControlUnknown(LocalizedText Provider) : ProcessingRegisterReason;

public sealed record SubProcessorsUnknown : ProcessingRegisterReason;

public sealed record SubProcessorCountryUnknown(string SubProcessor) : ProcessingRegisterReason;

public sealed record RegisterTextTooLong(RegisterFieldName Field, int Max) : ProcessingRegisterReason;

public sealed record RegisterTextHasHiddenCharacters(RegisterFieldName Field) : ProcessingRegisterReason;

public sealed record UnknownDataSubject(string Key) : ProcessingRegisterReason;

public sealed record UnknownLegalBasis(string Key) : ProcessingRegisterReason;
