namespace Regie.Core.Scenarios;

/// <summary>
/// The weights of a scenario's harm score (data/models/scenario-harm.yaml): the share of processes against the share of
/// people, and how much a stopped, disrupted or only degraded process counts.
/// </summary>
public sealed record HarmWeights(string Version, double ProcessWeight, double PeopleWeight, double StoppedFactor, double DisruptedFactor, double DegradedFactor);
