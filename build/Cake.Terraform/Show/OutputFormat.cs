namespace Cake.Terraform.Show;

public enum OutputFormat
{
    PlainText,
    Html,
}
