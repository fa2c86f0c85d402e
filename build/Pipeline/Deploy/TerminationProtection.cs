using Amazon.CloudFormation.Model;

namespace Pipeline.Deploy;

/// <summary>
/// A stack with termination protection is deleted by an operator only: the deploy role is denied
/// cloudformation:UpdateTerminationProtection (IAM cannot tell turning it on from turning it off).
/// </summary>
public static class TerminationProtection
{
    public static bool IsOn(Stack stack) => stack.EnableTerminationProtection == true;

    /// <summary>What an operator runs before the pipeline may delete the stack.</summary>
    public static string OperatorSteps(Stack stack)
    {
        var name = stack.StackName!;
        var arn = (stack.StackId ?? string.Empty).Split(':');
        var (region, account) = arn.Length > 4 ? (arn[3], arn[4]) : ("<region>", "<runtime account>");
        return $"Stack {name} has termination protection on, and the deploy role may not turn it off. An operator with " +
            $"cloudformation:UpdateTerminationProtection in account {account} runs: aws cloudformation update-termination-protection " +
            $"--no-enable-termination-protection --stack-name {name} --region {region} --profile <operator-profile>; then run the destroy again.";
    }
}
