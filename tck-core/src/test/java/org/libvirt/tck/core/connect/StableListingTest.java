package org.libvirt.tck.core.connect;

import static org.testng.Assert.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.testng.annotations.Test;

/** On stand-in count and list calls that answer as libvirt-java's do while other objects come and go. */
public class StableListingTest {

    /** Lists the given answers one after another; the count always agrees with the answer it goes with. */
    private static final class Answers {
        private final Deque<String[]> lists = new ArrayDeque<>();
        private String[] current;
        int listings;

        Answers(String[]... answers) {
            lists.addAll(List.of(answers));
            current = lists.peekFirst();
        }

        int count() {
            return current.length;
        }

        String[] names() {
            listings++;
            String[] answer = lists.size() > 1 ? lists.pollFirst() : lists.peekFirst();
            current = lists.peekFirst();
            return answer;
        }
    }

    @Test
    public void aNameLeftOutOfAListingThatLookedStableIsLookedForAgain() throws Exception {
        // Another pool came and one went between the count and the list: same length, ours pushed out.
        Answers answers = new Answers(new String[] {"default", "other"}, new String[] {"default", "tck-mine"});
        assertEquals(StableListing.namesIncluding("tck-mine", answers::count, answers::names),
                List.of("default", "tck-mine"));
        assertEquals(answers.listings, 2);
    }

    @Test
    public void aNameThatIsNotThereIsLookedForAFewTimesAndTheLastListingIsGiven() throws Exception {
        Answers answers = new Answers(new String[] {"default"});
        assertEquals(StableListing.namesIncluding("tck-gone", answers::count, answers::names), List.of("default"));
        assertEquals(answers.listings, 50);
    }

    @Test
    public void aNameInTheFirstListingTakesOneListing() throws Exception {
        Answers answers = new Answers(new String[] {"tck-mine"});
        assertEquals(StableListing.namesIncluding("tck-mine", answers::count, answers::names), List.of("tck-mine"));
        assertEquals(answers.listings, 1);
    }
}
