#!/usr/bin/perl -w
# Stems words (one per line on stdin) with ROUGE-1.5.5's own code: its `stem` (Porter) and
# `MorphStem` (WordNet exceptions, then Porter) subroutines are read from the installed script
# at run time and evaluated here, so the output is the script's behaviour without running it.
# Usage: perl Eval/rouge/perl_stem.pl ROUGE-1.5.5.pl WordNet-2.0.exc.db < words > "word porter morph" lines
use strict;
use DB_File;

my ($script, $db) = @ARGV;
open(my $in, "<", $script) or die "cannot read $script\n";
my $source = do { local $/; <$in> };
close($in);
my ($morph) = $source =~ /(sub MorphStem \{.*?\n\}\n)/s or die "MorphStem not found\n";
my ($porter) = $source =~ /(# Porter stemmer in Perl.*)\z/s or die "Porter stemmer not found\n";
our %exceptiondb;
tie %exceptiondb, 'DB_File', $db, O_RDONLY, 0440, $DB_HASH or die "cannot open $db\n";
{
    no strict;
    eval "$porter\n$morph\n1;" or die "cannot load the script's stemmer: $@\n";
    initialise();
}
binmode(STDOUT);
while (defined(my $word = <STDIN>)) {
    chomp($word);
    no strict 'refs';
    print join(" ", $word, &{"stem"}($word), &{"MorphStem"}($word)), "\n";
}
