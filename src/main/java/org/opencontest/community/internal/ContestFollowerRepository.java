package org.opencontest.community.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContestFollowerRepository extends JpaRepository<ContestFollower, Long> {

    @Query("select count(f) > 0 from ContestFollower f where f.contestId = :contest and f.userId = :user")
    boolean follows(@Param("contest") long contestId, @Param("user") long userId);

    @Query("select f.userId from ContestFollower f where f.contestId = :contest")
    List<Long> followerIds(@Param("contest") long contestId);

    @Modifying
    @Query("delete from ContestFollower f where f.contestId = :contest and f.userId = :user")
    int unfollow(@Param("contest") long contestId, @Param("user") long userId);
}
