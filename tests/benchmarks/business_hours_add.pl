#!/usr/bin/perl
# Business::Hours (the SLA arithmetic of Request Tracker) over an add-query file: the reference
# that compare_business_hours.sh measures and checks Hourglass against.
#
# Usage: business_hours_add.pl CALENDAR.json QUERIES
#          Prints one deadline per query (ISO 8601 UTC) and, on stderr, "timed: ADDS SECONDS".
#        business_hours_add.pl --answerable N CALENDAR.json CANDIDATES
#          Prints the first N candidates whose deadline add_seconds can find and, on stderr,
#          "answerable: KEPT DROPPED".
# QUERIES and CANDIDATES have one "FROM SECONDS" line per query, FROM in ISO 8601 UTC
# ("2026-03-09T13:30:00Z"), as hourglass-cli calendar add --batch reads them.
use strict;
use warnings;

use Business::Hours;
use JSON::PP;
use POSIX qw(strftime tzset);
use Time::HiRes qw(clock_gettime CLOCK_MONOTONIC);
use Time::Local qw(timegm);

# add_seconds gives up when its search window, grown a day at a time from the start, would
# reach 30 days: the last window it looks at ends 29 days after the start.
my $WINDOW = 29 * 86400;

my $usage = "usage: $0 [--answerable N] CALENDAR.json QUERIES\n";
my $answerable;
if (@ARGV && $ARGV[0] eq '--answerable') {
    (undef, $answerable) = splice @ARGV, 0, 2;
    die $usage unless defined $answerable && $answerable =~ /^\d+$/;
}
@ARGV == 2 or die $usage;
my ($calendar_file, $query_file) = @ARGV;

my @queries = read_queries($query_file);
my $hours = business_hours_for(read_json($calendar_file), @queries);

if (defined $answerable) {
    my ($kept, $dropped) = (0, 0);
    for my $q (@queries) {
        last if $kept == $answerable;
        # The same test add_seconds makes on its last window, done once instead of 29 times.
        my $span = $hours->for_timespan(Start => $q->{from}, End => $q->{from} + $WINDOW);
        if ($span->cardinality > $q->{seconds}) {
            print "$q->{line}\n";
            ++$kept;
        } else {
            ++$dropped;
        }
    }
    die "only $kept of the $answerable queries asked for are answerable in $query_file\n"
        if $kept < $answerable;
    print STDERR "answerable: $kept $dropped\n";
    exit 0;
}

my @deadlines;
my $started = clock_gettime(CLOCK_MONOTONIC);
push @deadlines, $hours->add_seconds($_->{from}, $_->{seconds}) for @queries;
my $elapsed = clock_gettime(CLOCK_MONOTONIC) - $started;
for my $i (0 .. $#queries) {
    # -1 would mean a query the --answerable filter should have dropped: a broken comparison.
    die "add_seconds gave up on \"$queries[$i]{line}\"\n" if $deadlines[$i] < 0;
    print strftime('%Y-%m-%dT%H:%M:%SZ', gmtime $deadlines[$i]), "\n";
}
printf STDERR "timed: %d %.6f\n", scalar @queries, $elapsed;

sub read_json {
    my ($file) = @_;
    open my $in, '<', $file or die "$file: $!\n";
    local $/;
    return JSON::PP->new->decode(<$in>);
}

sub read_queries {
    my ($file) = @_;
    open my $in, '<', $file or die "$file: $!\n";
    my @parsed;
    while (my $line = <$in>) {
        chomp $line;
        my ($y, $mo, $d, $h, $mi, $s, $seconds)
            = $line =~ /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z (\d+)$/
            or die "$file line $.: expected \"FROM SECONDS\", got \"$line\"\n";
        push @parsed,
            {line => $line, from => timegm($s, $mi, $h, $d, $mo - 1, $y), seconds => $seconds};
    }
    return @parsed;
}

# The calendar as Business::Hours takes it: one Start-End per weekday with Breaks between
# intervals, and holidays as dates. Anything it cannot express is refused, not approximated.
sub business_hours_for {
    my ($calendar, @queries) = @_;
    die "Business::Hours has no exceptions (extra working days)\n"
        if @{$calendar->{exceptions} || []};

    # Business::Hours works in the process's local zone.
    $ENV{TZ} = $calendar->{zone};
    tzset();

    my %week;
    my @keys = qw(sun mon tue wed thu fri sat);
    for my $dow (0 .. 6) {
        my @intervals = map { [split /-/] } @{$calendar->{week}{$keys[$dow]} || []};
        next unless @intervals;
        for (@intervals) {
            die "Business::Hours cannot take the overnight interval $_->[0]-$_->[1]\n"
                if $_->[1] le $_->[0];
        }
        @intervals = sort { $a->[0] cmp $b->[0] } @intervals;
        $week{$dow} = {
            Name   => $keys[$dow],
            Start  => $intervals[0][0],
            End    => $intervals[-1][1],
            Breaks => [map { {Start => $intervals[$_ - 1][1], End => $intervals[$_][0]} }
                       1 .. $#intervals],
        };
    }

    # Every holiday of the years the queries can reach, annual ones as one date a year; a day
    # of margin either side, as a local date can be a day off the UTC one.
    die "no queries\n" unless @queries;
    my ($first, $last);
    for (@queries) {
        my $from = (gmtime($_->{from} - 86400))[5] + 1900;
        my $to = (gmtime($_->{from} + $WINDOW + 86400))[5] + 1900;
        $first = $from if !defined $first || $from < $first;
        $last = $to if !defined $last || $to > $last;
    }
    my @holidays;
    for my $holiday (@{$calendar->{holidays} || []}) {
        die "Business::Hours has no part-day holidays ($holiday->{name})\n"
            if exists $holiday->{from};
        if (defined $holiday->{annual}) {
            push @holidays, map {"$_-$holiday->{annual}"} $first .. $last;
        } else {
            my ($year) = $holiday->{date} =~ /^(\d{4})/;
            push @holidays, $holiday->{date} if $year >= $first && $year <= $last;
        }
    }

    my $hours = Business::Hours->new;
    $hours->business_hours(%week);
    # After business_hours, which resets them.
    $hours->holidays(@holidays);
    return $hours;
}
