using System.Xml.Linq;

namespace Amazon.CloudFormation.Model.Internal.MarshallTransformations;

/// <summary>XML to model shapes shared by several responses.</summary>
internal static class ShapeReader
{
    public static Parameter Parameter(XElement e) => new()
    {
        ParameterKey = e.Text("ParameterKey"),
        ParameterValue = e.Text("ParameterValue"),
        UsePreviousValue = e.Bool("UsePreviousValue"),
        ResolvedValue = e.Text("ResolvedValue"),
    };

    public static Output Output(XElement e) => new()
    {
        OutputKey = e.Text("OutputKey"),
        OutputValue = e.Text("OutputValue"),
        Description = e.Text("Description"),
        ExportName = e.Text("ExportName"),
    };

    public static Tag Tag(XElement e) => new() { Key = e.Text("Key"), Value = e.Text("Value") };

    public static Stack Stack(XElement e) => new()
    {
        StackId = e.Text("StackId"),
        StackName = e.Text("StackName"),
        ChangeSetId = e.Text("ChangeSetId"),
        Description = e.Text("Description"),
        Parameters = e.List("Parameters", Parameter),
        CreationTime = e.Date("CreationTime"),
        DeletionTime = e.Date("DeletionTime"),
        LastUpdatedTime = e.Date("LastUpdatedTime"),
        StackStatus = e.Constant("StackStatus", CloudFormation.StackStatus.FindValue),
        StackStatusReason = e.Text("StackStatusReason"),
        DisableRollback = e.Bool("DisableRollback"),
        NotificationARNs = e.Strings("NotificationARNs"),
        TimeoutInMinutes = e.Int("TimeoutInMinutes"),
        Capabilities = e.Strings("Capabilities"),
        Outputs = e.List("Outputs", Output),
        RoleARN = e.Text("RoleARN"),
        Tags = e.List("Tags", Tag),
        EnableTerminationProtection = e.Bool("EnableTerminationProtection"),
        ParentId = e.Text("ParentId"),
        RootId = e.Text("RootId"),
        DriftInformation = e.Child("DriftInformation") is { } drift
            ? new StackDriftInformation
            {
                StackDriftStatus = drift.Constant("StackDriftStatus", StackDriftStatus.FindValue),
                LastCheckTimestamp = drift.Date("LastCheckTimestamp"),
            }
            : null,
        RetainExceptOnCreate = e.Bool("RetainExceptOnCreate"),
        DeletionMode = e.Constant("DeletionMode", CloudFormation.DeletionMode.FindValue),
        DetailedStatus = e.Constant("DetailedStatus", CloudFormation.DetailedStatus.FindValue),
    };

    public static Change Change(XElement e) => new()
    {
        Type = e.Constant("Type", ChangeType.FindValue),
        HookInvocationCount = e.Int("HookInvocationCount"),
        ResourceChange = e.Child("ResourceChange") is { } rc
            ? new ResourceChange
            {
                Action = rc.Constant("Action", ChangeAction.FindValue),
                LogicalResourceId = rc.Text("LogicalResourceId"),
                PhysicalResourceId = rc.Text("PhysicalResourceId"),
                ResourceType = rc.Text("ResourceType"),
                Replacement = rc.Constant("Replacement", CloudFormation.Replacement.FindValue),
                Scope = rc.Strings("Scope"),
                ChangeSetId = rc.Text("ChangeSetId"),
            }
            : null,
    };

    public static StackEvent StackEvent(XElement e) => new()
    {
        StackId = e.Text("StackId"),
        EventId = e.Text("EventId"),
        StackName = e.Text("StackName"),
        LogicalResourceId = e.Text("LogicalResourceId"),
        PhysicalResourceId = e.Text("PhysicalResourceId"),
        ResourceType = e.Text("ResourceType"),
        Timestamp = e.Date("Timestamp"),
        ResourceStatus = e.Constant("ResourceStatus", CloudFormation.ResourceStatus.FindValue),
        ResourceStatusReason = e.Text("ResourceStatusReason"),
        ResourceProperties = e.Text("ResourceProperties"),
        ClientRequestToken = e.Text("ClientRequestToken"),
    };

    public static StackResourceSummary StackResourceSummary(XElement e) => new()
    {
        LogicalResourceId = e.Text("LogicalResourceId"),
        PhysicalResourceId = e.Text("PhysicalResourceId"),
        ResourceType = e.Text("ResourceType"),
        LastUpdatedTimestamp = e.Date("LastUpdatedTimestamp"),
        ResourceStatus = e.Constant("ResourceStatus", CloudFormation.ResourceStatus.FindValue),
        ResourceStatusReason = e.Text("ResourceStatusReason"),
    };

    public static ChangeSetSummary ChangeSetSummary(XElement e) => new()
    {
        StackId = e.Text("StackId"),
        StackName = e.Text("StackName"),
        ChangeSetId = e.Text("ChangeSetId"),
        ChangeSetName = e.Text("ChangeSetName"),
        ExecutionStatus = e.Constant("ExecutionStatus", CloudFormation.ExecutionStatus.FindValue),
        Status = e.Constant("Status", ChangeSetStatus.FindValue),
        StatusReason = e.Text("StatusReason"),
        CreationTime = e.Date("CreationTime"),
        Description = e.Text("Description"),
    };

    public static TemplateParameter TemplateParameter(XElement e) => new()
    {
        ParameterKey = e.Text("ParameterKey"),
        DefaultValue = e.Text("DefaultValue"),
        NoEcho = e.Bool("NoEcho"),
        Description = e.Text("Description"),
    };

    public static ParameterDeclaration ParameterDeclaration(XElement e) => new()
    {
        ParameterKey = e.Text("ParameterKey"),
        DefaultValue = e.Text("DefaultValue"),
        ParameterType = e.Text("ParameterType"),
        NoEcho = e.Bool("NoEcho"),
        Description = e.Text("Description"),
    };

    public static StackResourceDrift StackResourceDrift(XElement e) => new()
    {
        StackId = e.Text("StackId"),
        LogicalResourceId = e.Text("LogicalResourceId"),
        PhysicalResourceId = e.Text("PhysicalResourceId"),
        ResourceType = e.Text("ResourceType"),
        ExpectedProperties = e.Text("ExpectedProperties"),
        ActualProperties = e.Text("ActualProperties"),
        PropertyDifferences = e.List("PropertyDifferences", d => new PropertyDifference
        {
            PropertyPath = d.Text("PropertyPath"),
            ExpectedValue = d.Text("ExpectedValue"),
            ActualValue = d.Text("ActualValue"),
            DifferenceType = d.Constant("DifferenceType", CloudFormation.DifferenceType.FindValue),
        }),
        StackResourceDriftStatus = e.Constant("StackResourceDriftStatus", CloudFormation.StackResourceDriftStatus.FindValue),
        Timestamp = e.Date("Timestamp"),
    };
}
