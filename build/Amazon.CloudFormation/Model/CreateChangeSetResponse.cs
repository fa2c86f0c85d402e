using Amazon.Runtime;

namespace Amazon.CloudFormation.Model;

public class CreateChangeSetResponse : AmazonWebServiceResponse
{
    public string? Id { get; set; }

    public string? StackId { get; set; }
}
