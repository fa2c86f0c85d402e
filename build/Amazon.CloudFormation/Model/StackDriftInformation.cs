namespace Amazon.CloudFormation.Model;

public class StackDriftInformation
{
    public StackDriftStatus? StackDriftStatus { get; set; }

    public DateTime? LastCheckTimestamp { get; set; }
}
