return Regie.Cli.RegieCli.Run(args, Console.Out, Console.Error);
