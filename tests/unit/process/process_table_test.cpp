// ProcessTable: the numbers, states and counts Process state, Count tasks and Count user processes report.
#include <doctest/doctest.h>

#include "process/process_table.h"

using namespace fourd;

TEST_CASE("processes are numbered from 1 in creation order, found by name while live") {
  ProcessTable table;
  CHECK(table.add("Main process", ProcessOrigin::MainProcess) == 1);
  CHECK(table.add("job", ProcessOrigin::OtherUserProcess) == 2);
  CHECK(table.numberOf("job") == 2);
  CHECK(table.numberOf("nobody") == 0);
  table.ended(2);
  CHECK(table.numberOf("job") == 0);
}

TEST_CASE("an ended process is Aborted below the highest live number and does not exist beyond it") {
  ProcessTable table;
  table.add("main", ProcessOrigin::MainProcess);
  table.add("a", ProcessOrigin::OtherUserProcess);
  table.add("b", ProcessOrigin::WorkerProcess);
  table.ended(2);
  CHECK(table.highestAlive() == 3);
  REQUIRE(table.info(2));
  CHECK(table.info(2)->state == ProcessState::Aborted);
  CHECK(table.info(2)->name == "a");
  table.ended(3);
  CHECK(table.highestAlive() == 1);
  CHECK_FALSE(table.info(2));
  CHECK_FALSE(table.info(0));
}

TEST_CASE("only live processes the user started count, and an ended one keeps its state") {
  ProcessTable table;
  table.add("main", ProcessOrigin::MainProcess);
  table.add("worker", ProcessOrigin::WorkerProcess);
  table.add("job", ProcessOrigin::OtherUserProcess);
  CHECK(table.countLiveUserProcesses() == 2);
  table.setState(3, ProcessState::Delayed);
  CHECK(table.info(3)->state == ProcessState::Delayed);
  table.ended(2);
  table.setState(2, ProcessState::Delayed);
  CHECK(table.info(2)->state == ProcessState::Aborted);
  CHECK(table.countLiveUserProcesses() == 1);
}
