package org.opencontest.community.internal.qa;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionFollowerRepository extends JpaRepository<QuestionFollower, QuestionFollower.Key> {

    @Query("select f.key.userId from QuestionFollower f where f.key.threadId = :thread")
    List<Long> followersOf(@Param("thread") long threadId);

    @Modifying
    @Query("delete from QuestionFollower f where f.key.threadId = :thread and f.key.userId = :user")
    void unfollow(@Param("thread") long threadId, @Param("user") long userId);
}
