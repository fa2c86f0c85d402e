using System.Reflection;
using Build.Tasks.Targets;
using Cake.Frosting;
using Pipeline.GitFlow;

namespace Build.Graph;

/// <summary>
/// The targets a user runs, as types, with the pipeline target each acts as; every other task is internal. `Ci` is
/// no task: the command line resolves it to the target the GitFlow policy picks before the host starts.
/// </summary>
public static class TargetCatalog
{
    public const string Ci = "Ci";

    public static readonly IReadOnlyList<Type> Targets =
    [
        typeof(Default), typeof(PullRequest), typeof(DeployPreprod), typeof(DeployProd), typeof(DeployEphemeral),
        typeof(DestroyEphemeral), typeof(DestroyEnvironment), typeof(Tasks.Infra.Bootstrap), typeof(StopLocalAws), typeof(Tasks.Targets.Graph),
        typeof(Permissions), typeof(Rollback),
    ];

    public static IReadOnlyList<Type> Tasks { get; } = typeof(TargetCatalog).Assembly.GetTypes()
        .Where(type => type.IsPublic && !type.IsAbstract && typeof(IFrostingTask).IsAssignableFrom(type))
        .OrderBy(NameOf, StringComparer.Ordinal)
        .ToList();

    public static string NameOf(Type task) => task.GetCustomAttribute<TaskNameAttribute>()?.Name ?? task.Name;

    public static string DescriptionOf(Type task) => task.GetCustomAttribute<TaskDescriptionAttribute>()?.Description ?? string.Empty;

    /// <summary>The task a --target value names (any task, as Cake allows; case-insensitive), or null.</summary>
    public static Type? Find(string name) =>
        Tasks.FirstOrDefault(task => string.Equals(NameOf(task), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>What a target does as far as the GitFlow policy is concerned; null for Bootstrap, Graph, StopLocalAws, Permissions and internal tasks.</summary>
    public static PipelineTarget? Acts(Type target) => target switch
    {
        _ when target == typeof(Default) || target == typeof(DeployPreprod) => PipelineTarget.DeployPreprod,
        _ when target == typeof(PullRequest) => PipelineTarget.PullRequest,
        _ when target == typeof(DeployProd) => PipelineTarget.DeployProd,
        _ when target == typeof(DeployEphemeral) => PipelineTarget.DeployEphemeral,
        _ when target == typeof(DestroyEphemeral) => PipelineTarget.DestroyEphemeral,
        _ when target == typeof(DestroyEnvironment) => PipelineTarget.DestroyEnvironment,
        _ when target == typeof(Rollback) => PipelineTarget.Rollback,
        _ => null,
    };

    /// <summary>The target task the policy's choice runs (what `Ci` becomes).</summary>
    public static Type For(PipelineTarget target) => target switch
    {
        PipelineTarget.PullRequest => typeof(PullRequest),
        PipelineTarget.DeployPreprod => typeof(DeployPreprod),
        PipelineTarget.DeployProd => typeof(DeployProd),
        PipelineTarget.DeployEphemeral => typeof(DeployEphemeral),
        PipelineTarget.DestroyEphemeral => typeof(DestroyEphemeral),
        PipelineTarget.DestroyEnvironment => typeof(DestroyEnvironment),
        PipelineTarget.Rollback => typeof(Rollback),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "No target task runs this."),
    };
}
